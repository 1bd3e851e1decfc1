package dev.orderflow.localcloud.endtoend;

import dev.orderflow.localcloud.lambda.Isolation;
import dev.orderflow.localcloud.launcher.LocalCloud;
import dev.orderflow.localcloud.launcher.LocalCloudSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * End to end through the local cloud (not part of {@code mvn verify}; command in BENCHMARKS.md):
 * orders are placed through the API at a fixed rate (open loop) and each is timed from its POST to
 * the moment the notification consumer records its "order-confirmed" notification (the
 * function's log line, seen by the launcher's log sink: no polling load). For each rate: orders
 * completed per second, and p50/p99/max of that time.
 *
 * <p>Arguments: isolation ({@code process} or {@code in-process}), rates (orders/s, comma
 * separated), seconds per rate, the template (run from the project root: {@code template.yaml}).
 */
public final class OrderFlowBenchmark {

    private static final Pattern RECORDED = Pattern.compile("Notification recorded.*?orderId=([A-Za-z0-9-]+)");
    private static final int SKUS = 64;

    /** When each order's POST started, and when its notification was recorded (nanoTime). */
    private final Map<String, Long> placedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> completedAt = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    /** Failed asynchronous attempts by function and error: retried by Lambda, so late but not lost. */
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private LocalCloud cloud;

    public static void main(String[] args) throws Exception {
        Isolation isolation = args.length > 0 && args[0].equals("in-process") ? Isolation.IN_PROCESS : Isolation.PROCESS;
        List<Integer> rates = List.of(args.length > 1 ? args[1] : "5,10,20,40").stream()
                .flatMap(s -> java.util.Arrays.stream(s.split(","))).map(Integer::parseInt).toList();
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path template = Path.of(args.length > 3 ? args[3] : "template.yaml").toAbsolutePath().normalize();
        System.out.printf("machine: %d cores, %s %s, java %s; isolation %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"), isolation);
        new OrderFlowBenchmark().run(template, isolation, rates, seconds);
        System.exit(0);
    }

    private void run(Path template, Isolation isolation, List<Integer> rates, int seconds) throws Exception {
        Path work = Files.createTempDirectory("order-flow-bench");
        cloud = LocalCloud.start(LocalCloudSettings.builder().template(template).apiPort(0).edgePort(0)
                .isolation(isolation).workDir(work.resolve("work")).logSink(this::line).build());
        try {
            for (int i = 0; i < SKUS; i++) {
                post("PUT", "/inventory/BENCH-" + i, "{\"name\":\"Bench mug\",\"priceCents\":100,\"available\":100000000}");
            }
            System.out.println("warm-up: 40 orders at 4/s (cold starts)");
            measure(4, 10, false);
            for (int rate : rates) {
                measure(rate, seconds, true);
            }
        } finally {
            cloud.close();
        }
    }

    private void line(String function, String requestId, String text) {
        if (text.startsWith("asynchronous invocation failed") || text.startsWith("asynchronous invocation given up")) {
            failures.merge(function.replaceFirst(".*-", "") + ": " + text.replaceFirst(";.*", ""), 1, Integer::sum);
        }
        if (function.endsWith("NotificationConsumerFunction")) {
            Matcher recorded = RECORDED.matcher(text);
            if (recorded.find()) {
                // The notification may be recorded before the client has read the POST's answer.
                completedAt.putIfAbsent(recorded.group(1), System.nanoTime());
            }
        }
    }

    private void measure(int rate, int seconds, boolean report) throws Exception {
        failures.clear();
        int total = rate * seconds;
        Map<String, Long> placed = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long wait = start + i * intervalNanos - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String body = "{\"customerId\":\"cust-bench\",\"items\":[{\"sku\":\"BENCH-" + (i % SKUS) + "\",\"quantity\":1}]}";
            long sent = System.nanoTime();
            http.sendAsync(request("POST", "/orders", body), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                String orderId = error == null ? orderId(response.body()) : null;
                if (error != null || response.statusCode() != 201 || orderId == null) {
                    refused.incrementAndGet();
                } else {
                    placed.put(orderId, sent);
                }
                answered.incrementAndGet();
            });
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while ((answered.get() < total || !completedAt.keySet().containsAll(placed.keySet())) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        if (report) {
            report(rate, seconds, start, placed, refused.get());
        }
    }

    private void report(int rate, int seconds, long start, Map<String, Long> placed, int refused) {
        Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        long last = start;
        for (Map.Entry<String, Long> order : placed.entrySet()) {
            Long done = completedAt.get(order.getKey());
            if (done != null) {
                latency.recordValue(Math.max(1, (done - order.getValue()) / 1000));
                last = Math.max(last, done);
            }
        }
        double elapsed = (last - start) / 1e9;
        long completed = latency.getTotalCount();
        System.out.printf("offered %3d orders/s for %ds: %d of %d completed in %.1f s = %.1f orders/s end to end; "
                        + "p50 %.0f ms, p99 %.0f ms, max %.0f ms; refused %d%n", rate, seconds, completed, placed.size(),
                elapsed, completed / elapsed, latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0, refused);
        failures.forEach((what, count) -> System.out.printf("    %d x %s%n", count, what));
    }

    private void post(String method, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(request(method, path, body), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
    }

    private HttpRequest request(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(cloud.apiUrl() + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String orderId(String body) {
        Matcher id = Pattern.compile("\"orderId\":\"([^\"]+)\"").matcher(body);
        return id.find() ? id.group(1) : null;
    }
}
