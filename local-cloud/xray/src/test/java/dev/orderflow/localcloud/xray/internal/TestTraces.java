package dev.orderflow.localcloud.xray.internal;

import dev.orderflow.localcloud.xray.internal.query.TraceView;
import dev.orderflow.localcloud.xray.internal.segment.SegmentParser;
import dev.orderflow.localcloud.xray.internal.store.Retention;
import dev.orderflow.localcloud.xray.internal.store.TraceStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Stores documents and returns the query view of their trace. */
public final class TestTraces {

    private TestTraces() {
    }

    public static TraceStore store(List<String> documents) {
        TraceStore store = new TraceStore(new Retention(Duration.ofDays(30), 100_000, 1L << 30, 1000));
        SegmentParser parser = new SegmentParser(Duration.ofDays(30));
        for (String document : documents) {
            try {
                store.add(parser.parse(document.getBytes(StandardCharsets.UTF_8), System.currentTimeMillis()));
            } catch (Exception e) {
                throw new AssertionError("fixture document refused: " + e.getMessage() + "\n" + document, e);
            }
        }
        return store;
    }

    public static TraceView view(List<String> documents) {
        TraceStore store = store(documents);
        return TraceView.of(store.traces().iterator().next());
    }
}
