package dev.orderflow.localcloud.launcher;

import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.Invocation;
import dev.orderflow.localcloud.lambda.InvocationResult;
import dev.orderflow.localcloud.lambda.Isolation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The local cloud's start-up and API latency, on the project's real template (not part of
 * {@code mvn verify}; see BENCHMARKS.md for the command):
 * launch to healthy of {@code java -jar local-cloud.jar}; each function's cold start (the
 * platform's Init Duration); warm {@code POST /orders} latency through the API, in both isolations.
 */
public final class LocalCloudBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int launches = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Path jar = Path.of(args.length > 2 ? args[2] : "local-cloud/target/local-cloud.jar");
        Path template = Path.of(args.length > 3 ? args[3] : "template.yaml").toAbsolutePath();
        System.out.printf("machine: %d cores, %s %s, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        launchToHealthy(jar, template, launches);
        for (Isolation isolation : Isolation.values()) {
            measure(template, isolation, requests);
        }
    }

    private static void launchToHealthy(Path jar, Path template, int launches) throws Exception {
        Histogram histogram = new Histogram(60_000, 3);
        for (int i = 0; i < launches; i++) {
            long started = System.nanoTime();
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    jar.toString(), "--template", template.toString(), "--api-port", "3999", "--edge-port", "4999")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
            try {
                while (!healthy("http://127.0.0.1:4999/_local/health")) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("local cloud exited with " + process.exitValue());
                    }
                    Thread.sleep(5);
                }
                histogram.recordValue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            } finally {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        System.out.printf("launch to healthy (java -jar, %d launches): median %d ms, max %d ms%n", launches,
                histogram.getValueAtPercentile(50), histogram.getMaxValue());
    }

    private static boolean healthy(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static void measure(Path template, Isolation isolation, int requests) throws Exception {
        Path work = Files.createTempDirectory("local-cloud-bench");
        try (LocalCloud cloud = LocalCloud.start(LocalCloudSettings.builder().template(template).apiPort(0).edgePort(0)
                .isolation(isolation).workDir(work).logSink((f, r, t) -> { }).build())) {
            System.out.printf("%n%s isolation: cold start (Init Duration) per function%n", isolation);
            for (FunctionConfig function : cloud.lambda().functions()) {
                InvocationResult result = cloud.lambda().invoke(function.name(),
                        Invocation.of("{}".getBytes(StandardCharsets.UTF_8), null));
                System.out.printf("  %-45s init %5d ms, first invoke %5d ms%n", function.name(),
                        result.init().map(d -> d.toMillis()).orElse(-1L), result.duration().toMillis());
            }
            post(cloud, "PUT", "/inventory/BENCH-1", "{\"name\":\"Bench\",\"priceCents\":100,\"available\":1000000000}");
            for (int i = 0; i < Math.min(500, requests); i++) {
                order(cloud);
            }
            Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(30), 3);
            long started = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                long t = System.nanoTime();
                order(cloud);
                latency.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("  warm POST /orders, %d sequential requests: p50 %.2f ms, p99 %.2f ms, max %.2f ms, %.0f req/s%n",
                    requests, latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
                    latency.getMaxValue() / 1000.0, requests / seconds);
        } finally {
            TestFiles.delete(work);
        }
    }

    private static void order(LocalCloud cloud) throws Exception {
        HttpResponse<String> response = post(cloud, "POST", "/orders",
                "{\"customerId\":\"bench\",\"items\":[{\"sku\":\"BENCH-1\",\"quantity\":1}]}");
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST /orders answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static HttpResponse<String> post(LocalCloud cloud, String method, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
