package dev.orderflow.localcloud.xray.bench;

import dev.orderflow.localcloud.xray.Await;
import dev.orderflow.localcloud.xray.Clients;
import dev.orderflow.localcloud.xray.LocalXRay;
import dev.orderflow.localcloud.xray.OrderTraceFixture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import software.amazon.awssdk.services.xray.XRayClient;

/**
 * Latency of the queries over a store of N order traces (10 documents each), through the real
 * XRayClient over HTTP: the first call (which builds the per-trace views) and warm calls.
 */
final class QueryBenchmark {

    /** One query: first-call latency, warm percentiles (ms) and the answer's size. */
    record Result(String query, double firstMillis, double p50, double p99, double max, int measured, String answer) {
    }

    private final int traces;
    private final int warmup;
    private final int measured;

    QueryBenchmark(int traces, int warmup, int measured) {
        this.traces = traces;
        this.warmup = warmup;
        this.measured = measured;
    }

    /** Heap used after a full GC (MiB): before storing, after storing, after the queries (views built). */
    final double[] heapMiB = new double[3];
    long storedBytes;

    private static double heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }

    List<Result> run() {
        Instant t0 = Instant.now().minusSeconds(3_000);
        heapMiB[0] = heapAfterGc();
        try (LocalXRay xray = LocalXRay.builder().address("127.0.0.1:0").start(); XRayClient client = Clients.xray(xray)) {
            long documents = 0;
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < traces; i++) {
                OrderTraceFixture order = OrderTraceFixture.order(t0.plusMillis(i * 250L), "o-" + i, i % 10 == 0, i % 50 == 0);
                order.documents.forEach(xray.emitter()::emit);
                documents += order.documents.size();
                ids.add(order.traceId);
            }
            Await.accepted(xray, documents);
            heapMiB[1] = heapAfterGc();
            storedBytes = xray.stats().bytes();
            Instant from = t0.minusSeconds(60);
            Instant to = Instant.now();
            Map<String, Supplier<String>> queries = new LinkedHashMap<>();
            queries.put("GetServiceGraph (whole window)", () -> client.getServiceGraph(b -> b.startTime(from).endTime(to))
                    .services().size() + " services");
            queries.put("GetTraceSummaries (first page, no filter)", () -> client.getTraceSummaries(b -> b.startTime(from)
                    .endTime(to)).tracesProcessedCount() + " traces scanned");
            queries.put("GetTraceSummaries (service(\"orderflow-notify\") AND fault)", () -> client.getTraceSummaries(b -> b
                    .startTime(from).endTime(to).filterExpression("service(\"orderflow-notify\") AND fault"))
                    .traceSummaries().size() + " on first page");
            queries.put("GetTraceSummaries (annotation.order_id = \"o-4242\")", () -> client.getTraceSummaries(b -> b
                    .startTime(from).endTime(to).filterExpression("annotation.order_id = \"o-4242\""))
                    .traceSummaries().size() + " found");
            queries.put("BatchGetTraces (5 traces)", () -> client.batchGetTraces(b -> b.traceIds(ids.subList(0, 5)))
                    .traces().size() + " traces");
            List<Result> results = new ArrayList<>();
            queries.forEach((name, query) -> results.add(measure(name, query)));
            heapMiB[2] = heapAfterGc();
            return results;
        }
    }

    private Result measure(String name, Supplier<String> query) {
        long start = System.nanoTime();
        String answer = query.get();
        double first = (System.nanoTime() - start) / 1e6;
        for (int i = 0; i < warmup; i++) {
            query.get();
        }
        Histogram micros = new Histogram(3);
        for (int i = 0; i < measured; i++) {
            long t = System.nanoTime();
            query.get();
            micros.recordValue((System.nanoTime() - t) / 1_000);
        }
        return new Result(name, first, micros.getValueAtPercentile(50) / 1e3, micros.getValueAtPercentile(99) / 1e3,
                micros.getMaxValue() / 1e3, measured, answer);
    }
}
