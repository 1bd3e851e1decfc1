package dev.orderflow.xray;

import dev.orderflow.xray.support.AwsStub;
import dev.orderflow.xray.support.ClassPaths;
import dev.orderflow.xray.support.FunctionProcess;
import dev.orderflow.xray.support.RuntimeApiStub;
import dev.orderflow.xray.support.SegmentCollector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With-versus-without-the-layer harness, outside the default build:
 * {@code mvn -B -pl xray-layer -Pbenchmark verify}. Each function runs in fresh JVMs under the
 * real runtime interface client against a local Runtime API, every invocation sampled (the most
 * the layer ever does), SDK calls answered by a local stub. Prints a Markdown table and writes it
 * to target/benchmark/xray-layer.md; asserts nothing about speed.
 */
class LayerBenchmark {
    private static final String TRACE = "Root=1-6740a1b2-3f1e2d4c5b6a79880a1b2c3d;Parent=53995c3f42cd8ad8;Sampled=1";
    private static final int COLD_ROUNDS = Integer.getInteger("bench.coldRounds", 10);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 1000);
    private static final int MEASURED = Integer.getInteger("bench.measured", 5000);
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** {@code -Dbench.cpu=N} runs each function JVM on CPU N alone (taskset), like a Lambda of at most 1,769 MB. */
    private static final String CPU = System.getProperty("bench.cpu", "");

    @TempDir
    Path dir;

    @Test
    void compareWithAndWithoutTheLayer() throws Exception {
        String loadBefore = loadAverage();
        Path layer = LayerZip.unpack(dir.resolve("opt"));
        List<String> rows = new ArrayList<>();
        try (SegmentCollector daemon = new SegmentCollector(); AwsStub aws = new AwsStub()) {
            rows.add(measure("order-handler GET /orders/{id} (DynamoDB GetItem)", orderHandler(aws, daemon), layer));
            rows.add(measure("fixture POST /orders (EventBridge PutEvents)", fixtureApi(aws, daemon), layer));
        }
        String table = String.join("\n", List.of(
                "| function | warm median without → with (added) | warm p99 without → with (added) "
                        + "| cold start without → with (added), median of " + COLD_ROUNDS
                        + " | heap after GC without → with (added) | RSS without → with (added) |",
                "| --- | --- | --- | --- | --- | --- |")) + "\n" + String.join("\n", rows) + "\n";
        Path out = Paths.get("target/benchmark/xray-layer.md");
        Files.createDirectories(out.getParent());
        String machine = machine(loadBefore);
        Files.writeString(out, machine + "\n\n" + table);
        System.out.println(machine);
        System.out.println(table);
    }

    private record Setup(String handler, List<Path> function, Map<String, String> env, String event) {
    }

    private Setup orderHandler(AwsStub aws, SegmentCollector daemon) {
        Map<String, String> env = baseEnv(aws, daemon);
        for (String table : List.of("ORDERS", "INVENTORY", "PAYMENTS", "NOTIFICATIONS", "FAILED_EVENTS", "IDEMPOTENCY",
                "OUTBOX")) {
            env.put(table + "_TABLE", table.toLowerCase(Locale.ROOT));
        }
        env.put("EVENT_BUS_NAME", "orders");
        String event = LayerHarness.event("apigateway-post-order.json")
                .replace("\"httpMethod\": \"POST\"", "\"httpMethod\": \"GET\"")
                .replace("\"resource\": \"/orders\"", "\"resource\": \"/orders/{orderId}\"")
                .replace("\"path\": \"/orders\"", "\"path\": \"/orders/ord-404\"")
                .replace("\"pathParameters\": null", "\"pathParameters\": {\"orderId\": \"ord-404\"}");
        return new Setup("dev.orderflow.orders.OrderApiHandler::handleRequest", List.of(ClassPaths.jar("order-handler")),
                env, event);
    }

    private Setup fixtureApi(AwsStub aws, SegmentCollector daemon) {
        Map<String, String> env = baseEnv(aws, daemon);
        env.put("FIXTURE_ENDPOINT", aws.endpoint());
        return new Setup("dev.orderflow.xray.fixtures.OrdersApiFixture", ClassPaths.fixtureFunction(), env,
                LayerHarness.event("apigateway-post-order.json"));
    }

    private static Map<String, String> baseEnv(AwsStub aws, SegmentCollector daemon) {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_ENDPOINT_URL", aws.endpoint());
        env.put("AWS_XRAY_DAEMON_ADDRESS", daemon.address());
        env.put("XRAY_LAYER_ANNOTATE_KEYS", "orderId");
        return env;
    }

    private String measure(String name, Setup setup, Path layer) throws Exception {
        long[] coldPlain = new long[COLD_ROUNDS];
        long[] coldLayer = new long[COLD_ROUNDS];
        // Which variant starts first alternates by round, so whatever the previous JVM's exit
        // leaves behind (page cache, memory being freed) favours neither side.
        for (int i = 0; i < COLD_ROUNDS; i++) {
            if (i % 2 == 0) {
                coldPlain[i] = coldStartMicros(setup, null, "cold-plain-" + i);
                coldLayer[i] = coldStartMicros(setup, layer, "cold-layer-" + i);
            } else {
                coldLayer[i] = coldStartMicros(setup, layer, "cold-layer-" + i);
                coldPlain[i] = coldStartMicros(setup, null, "cold-plain-" + i);
            }
        }
        Warm warm = warm(setup, layer);
        long coldP = median(coldPlain);
        long coldL = median(coldLayer);
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |", name,
                added(warm.plain.getValueAtPercentile(50), warm.layer.getValueAtPercentile(50), "µs"),
                added(warm.plain.getValueAtPercentile(99), warm.layer.getValueAtPercentile(99), "µs"),
                added(coldP / 1000, coldL / 1000, "ms"),
                added(warm.heapPlainKb / 1024, warm.heapLayerKb / 1024, "MB"),
                added(warm.rssPlainKb / 1024, warm.rssLayerKb / 1024, "MB"));
    }

    private long coldStartMicros(Setup setup, Path layer, String name) throws Exception {
        try (RuntimeApiStub api = new RuntimeApiStub()) {
            FunctionProcess fn = start(setup, layer, api, name);
            try {
                RuntimeApiStub.Result result = api.invoke(setup.event(), TRACE, WAIT);
                return (result.answeredNanos() - fn.startedNanos()) / 1000;
            } finally {
                fn.close();
            }
        }
    }

    private static final class Warm {
        final Histogram plain = new Histogram(3);
        final Histogram layer = new Histogram(3);
        long heapPlainKb;
        long heapLayerKb;
        long rssPlainKb;
        long rssLayerKb;
    }

    /** Both environments alive at once, invocations alternating, so drift on a shared machine hits both alike. */
    private Warm warm(Setup setup, Path layer) throws Exception {
        Warm warm = new Warm();
        try (RuntimeApiStub plainApi = new RuntimeApiStub(); RuntimeApiStub layerApi = new RuntimeApiStub()) {
            FunctionProcess plain = start(setup, null, plainApi, "warm-plain");
            FunctionProcess traced = start(setup, layer, layerApi, "warm-layer");
            try {
                for (int i = 0; i < WARMUP + MEASURED; i++) {
                    RuntimeApiStub.Result p = invoke(plainApi, plain, setup, i);
                    RuntimeApiStub.Result l = invoke(layerApi, traced, setup, i);
                    if (i >= WARMUP) {
                        warm.plain.recordValue((p.answeredNanos() - p.handedOutNanos()) / 1000);
                        warm.layer.recordValue((l.answeredNanos() - l.handedOutNanos()) / 1000);
                    }
                }
                warm.heapPlainKb = heapAfterGcKb(plain.pid());
                warm.heapLayerKb = heapAfterGcKb(traced.pid());
                warm.rssPlainKb = rssKb(plain.pid());
                warm.rssLayerKb = rssKb(traced.pid());
            } finally {
                plain.close();
                traced.close();
            }
        }
        return warm;
    }

    /** One invocation; when the function does not answer, what it printed goes into the failure. */
    private static RuntimeApiStub.Result invoke(RuntimeApiStub api, FunctionProcess fn, Setup setup, int i) throws Exception {
        try {
            return api.invoke(setup.event(), TRACE, WAIT);
        } catch (Exception e) {
            throw new IllegalStateException("invocation " + i + " got no answer (process alive: " + fn.alive()
                    + "); the function printed:\n" + fn.output(), e);
        }
    }

    private FunctionProcess start(Setup setup, Path layer, RuntimeApiStub api, String name) throws Exception {
        Map<String, String> env = new HashMap<>(setup.env());
        env.put("AWS_LAMBDA_RUNTIME_API", api.address());
        List<String> launcher = CPU.isBlank() ? List.of() : List.of("taskset", "-c", CPU);
        return FunctionProcess.start(launcher, System.getProperty("java.home"), ClassPaths.runtime(), setup.function(),
                layer, setup.handler(), env, dir.resolve(name));
    }

    /** Heap in use after a full GC plus metaspace in use, as jcmd reports them. */
    private static long heapAfterGcKb(long pid) throws Exception {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        long total = 0;
        Matcher heap = Pattern.compile("total \\d+K, used (\\d+)K").matcher(info);
        if (heap.find()) {
            total += Long.parseLong(heap.group(1));
        }
        Matcher meta = Pattern.compile("Metaspace\\s+used (\\d+)K").matcher(info);
        if (meta.find()) {
            total += Long.parseLong(meta.group(1));
        }
        return total;
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static long rssKb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String added(long without, long with, String unit) {
        return String.format(Locale.ROOT, "%d → %d %s (%+d)", without, with, unit, with - without);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String machine(String loadBefore) {
        return String.format(Locale.ROOT, "Machine: %d cores%s, %s %s, %s; cold rounds %d, warm-up %d, measured %d per side;"
                        + " load average %s at the start, %s at the end.",
                Runtime.getRuntime().availableProcessors(), CPU.isBlank() ? "" : " (functions pinned to CPU " + CPU + ")",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.name"),
                COLD_ROUNDS, WARMUP, MEASURED, loadBefore, loadAverage());
    }
}
