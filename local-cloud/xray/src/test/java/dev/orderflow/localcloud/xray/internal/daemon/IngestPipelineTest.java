package dev.orderflow.localcloud.xray.internal.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.localcloud.xray.TestDocs;
import dev.orderflow.localcloud.xray.internal.segment.SegmentParser;
import dev.orderflow.localcloud.xray.internal.store.Retention;
import dev.orderflow.localcloud.xray.internal.store.TraceStore;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IngestPipelineTest {

    private final TraceStore store = new TraceStore(new Retention(Duration.ofDays(30), 1000, 1L << 30, 100));
    private final DaemonCounters counters = new DaemonCounters();

    private byte[] document() {
        return TestDocs.bytes(TestDocs.segment(TestDocs.traceId(), TestDocs.id(), "svc", TestDocs.now(), TestDocs.now()));
    }

    @Test
    void shouldDropAndCountWhenTheQueueIsFullWithoutBlocking() throws Exception {
        IngestPipeline pipeline = new IngestPipeline(3, new SegmentParser(Duration.ofDays(30)), store, null, counters,
                Clock.systemUTC());
        for (int i = 0; i < 5; i++) {
            pipeline.offer(document());
        }
        assertThat(counters.queueOverflows.sum()).isEqualTo(2);
        assertThat(pipeline.queued()).isEqualTo(3);
        pipeline.start();
        assertThat(pipeline.awaitSettled(Duration.ofSeconds(10))).isTrue();
        assertThat(counters.accepted.sum()).isEqualTo(3);
        assertThat(store.size()).isEqualTo(3);
        pipeline.close();
    }

    @Test
    void shouldCountRefusedDocumentsAndKeepGoing() throws Exception {
        IngestPipeline pipeline = new IngestPipeline(10, new SegmentParser(Duration.ofDays(30)), store, null, counters,
                Clock.systemUTC());
        pipeline.start();
        pipeline.offer("{\"not\":\"a segment\"}".getBytes());
        pipeline.offer(new byte[] {(byte) 0xff, 0x00});
        pipeline.offer(document());
        assertThat(pipeline.awaitSettled(Duration.ofSeconds(10))).isTrue();
        assertThat(counters.rejected.sum()).isEqualTo(2);
        assertThat(counters.accepted.sum()).isEqualTo(1);
        pipeline.close();
    }
}
