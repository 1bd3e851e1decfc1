package dev.orderflow.localcloud.xray.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.TestDocs;
import dev.orderflow.localcloud.xray.internal.segment.ParsedSegment;
import dev.orderflow.localcloud.xray.internal.segment.SegmentParser;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TraceStoreTest {

    private final SegmentParser parser = new SegmentParser(Duration.ofDays(30));

    private ParsedSegment doc(String traceId, String id, long receivedAt) throws Exception {
        // Fixed times: every document has the same size.
        ObjectNode json = TestDocs.segment(traceId, id, "svc", 1700000000.5, 1700000001.5);
        return parser.parse(TestDocs.bytes(json), receivedAt);
    }

    private static TraceStore store(int maxTraces, long maxBytes, int perTrace) {
        return new TraceStore(new Retention(Duration.ofDays(30), maxTraces, maxBytes, perTrace));
    }

    @Test
    void shouldReplaceADocumentWithTheSameId() throws Exception {
        TraceStore store = store(10, 1_000_000, 10);
        String trace = TestDocs.traceId();
        ObjectNode inProgress = TestDocs.segment(trace, "0000000000000001", "svc", TestDocs.now(), 0);
        inProgress.remove("end_time");
        inProgress.put("in_progress", true);
        store.add(parser.parse(TestDocs.bytes(inProgress), 1));
        store.add(doc(trace, "0000000000000001", 2));
        assertThat(store.get(trace).segments()).singleElement().satisfies(s -> assertThat(s.inProgress()).isFalse());
        assertThat(store.get(trace).revision()).isEqualTo(2);
        assertThat(store.bytes()).isEqualTo(store.get(trace).bytes());
    }

    @Test
    void shouldEvictTheOldestTracesBeyondTheCount() throws Exception {
        TraceStore store = store(3, 1_000_000, 10);
        String[] traces = new String[5];
        for (int i = 0; i < 5; i++) {
            traces[i] = TestDocs.traceId();
            store.add(doc(traces[i], TestDocs.id(), i));
        }
        assertThat(store.size()).isEqualTo(3);
        assertThat(store.get(traces[0])).isNull();
        assertThat(store.get(traces[1])).isNull();
        assertThat(store.get(traces[4])).isNotNull();
        assertThat(store.evictedTraces()).isEqualTo(2);
    }

    @Test
    void shouldEvictBeyondTheByteLimit() throws Exception {
        ParsedSegment sample = doc(TestDocs.traceId(), TestDocs.id(), 0);
        TraceStore store = store(1000, sample.raw().length * 3L + 10, 10);
        for (int i = 0; i < 10; i++) {
            store.add(doc(TestDocs.traceId(), TestDocs.id(), i));
        }
        assertThat(store.size()).isEqualTo(3);
        assertThat(store.bytes()).isLessThanOrEqualTo(sample.raw().length * 3L + 10);
    }

    @Test
    void shouldRefuseDocumentsBeyondTheTraceLimitAndFlagTheTrace() throws Exception {
        TraceStore store = store(10, 1_000_000, 2);
        String trace = TestDocs.traceId();
        assertThat(store.add(doc(trace, TestDocs.id(), 0))).isTrue();
        assertThat(store.add(doc(trace, TestDocs.id(), 0))).isTrue();
        assertThat(store.add(doc(trace, TestDocs.id(), 0))).isFalse();
        assertThat(store.get(trace).segments()).hasSize(2);
        assertThat(store.get(trace).limitExceeded()).isTrue();
    }

    @Test
    void shouldExpireTracesNotUpdatedWithinTheAge() throws Exception {
        TraceStore store = new TraceStore(new Retention(Duration.ofHours(1), 100, 1_000_000, 10));
        long now = System.currentTimeMillis();
        String old = TestDocs.traceId();
        String fresh = TestDocs.traceId();
        store.add(doc(old, TestDocs.id(), now - Duration.ofHours(2).toMillis()));
        store.add(doc(fresh, TestDocs.id(), now));
        assertThat(store.expire(now)).isEqualTo(1);
        assertThat(store.get(old)).isNull();
        assertThat(store.get(fresh)).isNotNull();
        assertThat(store.bytes()).isEqualTo(store.get(fresh).bytes());
    }
}
