package dev.orderflow.localcloud.xray.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.DaemonStats;
import dev.orderflow.localcloud.xray.LocalXRay;
import dev.orderflow.localcloud.xray.TestDocs;
import dev.orderflow.localcloud.xray.internal.daemon.DatagramFraming;
import dev.orderflow.localcloud.xray.platform.SegmentIds;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Segments per second the daemon ingests with no drop: a paced UDP sender steps through rates,
 * each against a fresh collector, and counts what the kernel and the daemon dropped.
 */
final class IngestBenchmark {

    /** One rate step. */
    record Step(int rate, long sent, long received, long accepted, long queueDrops, long rejected,
                double seconds, double collectorCpuPercent, double datagramBytes) {

        long kernelDrops() {
            return sent - received;
        }

        boolean noDrop() {
            return accepted == sent;
        }
    }

    private final List<byte[]> datagrams;

    IngestBenchmark(int distinctDocuments) {
        this.datagrams = documents(distinctDocuments);
    }

    /** Traces of one segment and four SDK-like subsegments (DynamoDB calls), as a function sends them. */
    private static List<byte[]> documents(int count) {
        List<byte[]> result = new ArrayList<>(count);
        double now = Instant.now().getEpochSecond();
        while (result.size() < count) {
            String traceId = SegmentIds.newTraceId();
            String segmentId = SegmentIds.newSegmentId();
            ObjectNode segment = TestDocs.segment(traceId, segmentId, "bench-service", now, now + 0.05);
            segment.put("origin", "AWS::Lambda::Function");
            segment.putObject("annotations").put("order_id", "o-" + result.size());
            result.add(DatagramFraming.frame(TestDocs.bytes(segment)));
            for (int i = 0; i < 4 && result.size() < count; i++) {
                ObjectNode call = TestDocs.dynamoCall(SegmentIds.newSegmentId(), "Orders", "PutItem", now + i * 0.01,
                        now + i * 0.01 + 0.005);
                call.put("trace_id", traceId).put("type", "subsegment").put("parent_id", segmentId);
                result.add(DatagramFraming.frame(TestDocs.bytes(call)));
            }
        }
        return result;
    }

    Step run(int rate, Duration duration) throws Exception {
        try (LocalXRay xray = LocalXRay.builder().address("127.0.0.1:0").maxTraces(2_000_000)
                .maxBytes(4L << 30).start();
             DatagramChannel channel = DatagramChannel.open()) {
            InetSocketAddress target = xray.daemonAddress().udp();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuBefore = collectorCpu(threads);
            long start = System.nanoTime();
            long sent = send(channel, target, rate, duration, start);
            double seconds = (System.nanoTime() - start) / 1e9;
            awaitQuiet(xray);
            double cpu = (collectorCpu(threads) - cpuBefore) / 1e9 / seconds * 100;
            DaemonStats stats = xray.stats();
            double bytes = datagrams.stream().mapToInt(d -> d.length).average().orElse(0);
            return new Step(rate, sent, stats.datagrams(), stats.accepted(), stats.queueOverflows(), stats.rejected(),
                    seconds, cpu, bytes);
        }
    }

    /** Sends {@code rate} datagrams a second in 1 ms ticks. */
    private long send(DatagramChannel channel, InetSocketAddress target, int rate, Duration duration, long start)
            throws Exception {
        long total = (long) rate * duration.toSeconds();
        long sent = 0;
        int next = 0;
        while (sent < total) {
            long elapsedMicros = (System.nanoTime() - start) / 1_000;
            long due = Math.min(total, elapsedMicros * rate / 1_000_000 + 1);
            while (sent < due) {
                channel.send(ByteBuffer.wrap(datagrams.get(next)), target);
                next = (next + 1) % datagrams.size();
                sent++;
            }
            LockSupport.parkNanos(200_000);
        }
        return sent;
    }

    private static void awaitQuiet(LocalXRay xray) throws InterruptedException {
        long last = -1;
        long now = xray.stats().datagrams();
        while (now != last || !xray.awaitIngested(Duration.ofSeconds(30))) {
            Thread.sleep(300);
            last = now;
            now = xray.stats().datagrams();
        }
    }

    /** CPU time of the daemon's receiving and writing threads. */
    private static long collectorCpu(ThreadMXBean threads) {
        long total = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("xray-udp") || thread.getName().equals("xray-ingest")) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getId()));
            }
        }
        return total;
    }
}
