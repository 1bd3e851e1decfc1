package dev.orderflow.localcloud.xray.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The local X-Ray benchmark harness: run with {@code -Pbenchmark} (never in the default build). It
 * writes target/benchmark/local-xray.md. Properties: {@code bench.rates} (segments/s steps),
 * {@code bench.stepSeconds}, {@code bench.traces}, {@code bench.measured}.
 */
class LocalXRayBenchmark {

    @Test
    void run() throws Exception {
        List<String> out = new ArrayList<>();
        out.add("Run of " + LocalDate.now() + " on " + Runtime.getRuntime().availableProcessors() + " vCPUs, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, JVM args " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        out.add("Load average at start: " + loadAverage() + " (other agents share the machine).");
        out.add("");
        ingest(out);
        out.add("");
        queries(out);
        out.add("");
        out.add("Load average at end: " + loadAverage() + ".");
        Path report = Path.of("target", "benchmark", "local-xray.md");
        Files.createDirectories(report.getParent());
        Files.write(report, out);
        out.forEach(System.out::println);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void ingest(List<String> out) throws Exception {
        int seconds = Integer.getInteger("bench.stepSeconds", 5);
        int trials = Integer.getInteger("bench.trials", 3);
        IngestBenchmark bench = new IngestBenchmark(400_000);
        out.add("Ingest: one paced UDP sender in the same JVM, " + seconds + " s per trial, " + trials + " trials per rate,"
                + " a fresh collector per trial; documents are a segment and four SDK-like DynamoDB subsegments per trace.");
        out.add("");
        out.add("| target rate (segments/s) | trials with no drop | sent | kernel drops | queue drops | stored | "
                + "daemon threads CPU (% of one core) | CPU per segment (µs) |");
        out.add("| --- | --- | --- | --- | --- | --- | --- | --- |");
        bench.run(5_000, Duration.ofSeconds(2));
        double bytes = 0;
        for (String rate : System.getProperty("bench.rates", "4000,10000,20000,30000,40000,60000").split(",")) {
            int clean = 0;
            long sent = 0;
            long kernel = 0;
            long queue = 0;
            long stored = 0;
            double cpu = 0;
            double wall = 0;
            for (int i = 0; i < trials; i++) {
                IngestBenchmark.Step step = bench.run(Integer.parseInt(rate.trim()), Duration.ofSeconds(seconds));
                clean += step.noDrop() ? 1 : 0;
                sent += step.sent();
                kernel += step.kernelDrops();
                queue += step.queueDrops();
                stored += step.accepted();
                cpu += step.collectorCpuPercent() / 100 * step.seconds();
                wall += step.seconds();
                bytes = step.datagramBytes();
            }
            out.add(String.format("| %,d | %d of %d | %,d | %,d | %,d | %,d | %.0f | %.1f |", Integer.parseInt(rate.trim()),
                    clean, trials, sent, kernel, queue, stored, cpu / wall * 100, cpu * 1e6 / Math.max(1, stored)));
        }
        out.add("");
        out.add(String.format("Average datagram: %.0f bytes.", bytes));
    }

    private static void queries(List<String> out) {
        int traces = Integer.getInteger("bench.traces", 10_000);
        int measured = Integer.getInteger("bench.measured", 50);
        out.add("Queries over " + String.format("%,d", traces) + " stored order traces (10 documents each), real "
                + "XRayClient over HTTP; first call, then " + measured + " measured after 10 warm-up calls.");
        out.add("");
        out.add("| query | first call (ms) | p50 (ms) | p99 (ms) | max (ms) | answer |");
        out.add("| --- | --- | --- | --- | --- | --- |");
        QueryBenchmark bench = new QueryBenchmark(traces, 10, measured);
        for (QueryBenchmark.Result r : bench.run()) {
            out.add(String.format("| %s | %.1f | %.1f | %.1f | %.1f | %s |", r.query(), r.firstMillis(), r.p50(), r.p99(),
                    r.max(), r.answer()));
        }
        out.add("");
        out.add(String.format("Heap after full GC: %.0f MiB before storing, %.0f MiB with the traces stored (%.1f MiB of "
                + "documents), %.0f MiB after the queries built the per-trace views.", bench.heapMiB[0], bench.heapMiB[1],
                bench.storedBytes / (1024.0 * 1024.0), bench.heapMiB[2]));
    }
}
