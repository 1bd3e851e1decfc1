package dev.orderflow.localcloud.launcher;

import dev.orderflow.localcloud.apigateway.ApiListener;
import dev.orderflow.localcloud.lambda.InvocationListener;
import dev.orderflow.localcloud.lambda.Isolation;
import dev.orderflow.localcloud.launcher.internal.xray.PlatformTracingProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * What the platform's X-Ray segments cost (not part of {@code mvn verify}; command in BENCHMARKS.md):
 * (1) in process, the work a traced API request adds - the stage segment and the AWS::Lambda and
 * AWS::Lambda::Function segments built and handed to the collector - per request and per second, with
 * the collector's drops; (2) end to end, warm {@code GET /inventory/{sku}} through the API of the real
 * template with every request sampled, with the platform's segments on and off (the function and its
 * layer trace in both), in alternating rounds.
 */
public final class PlatformTracingBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path template = Path.of(args.length > 2 ? args[2] : "template.yaml").toAbsolutePath();
        System.out.printf("machine: %d cores, %s %s, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        PlatformTracingProbe.run(iterations);
        endToEnd(template, requests);
    }

    private static void endToEnd(Path template, int requests) throws Exception {
        Path work = Files.createTempDirectory("platform-tracing-bench");
        Path rules = Files.writeString(work.resolve("rules.json"), TracingIT.SAMPLE_EVERYTHING);
        Histogram on = new Histogram(TimeUnit.SECONDS.toMicros(30), 3);
        Histogram off = new Histogram(TimeUnit.SECONDS.toMicros(30), 3);
        try (LocalCloud traced = start(template, work.resolve("on"), rules, true);
             LocalCloud untraced = start(template, work.resolve("off"), rules, false)) {
            for (LocalCloud cloud : new LocalCloud[] {traced, untraced}) {
                send(cloud, "PUT", "/inventory/BENCH-1", "{\"name\":\"Bench\",\"priceCents\":100,\"available\":1000}");
                round(cloud, Math.min(500, requests), null);
            }
            int rounds = 4;
            for (int r = 0; r < rounds; r++) {
                round(traced, requests / rounds, on);
                round(untraced, requests / rounds, off);
            }
            System.out.printf("%nend to end, warm GET /inventory/{sku}, %d requests each, every request sampled, process isolation%n",
                    requests);
            print("platform segments on ", on);
            print("platform segments off", off);
            System.out.printf("  collector of the traced cloud: %s%n", traced.xray().stats());
        } finally {
            TestFiles.delete(work);
        }
    }

    private static LocalCloud start(Path template, Path work, Path rules, boolean platformSegments) throws Exception {
        LocalCloudSettings.Builder settings = LocalCloudSettings.builder().template(template).apiPort(0).edgePort(0)
                .isolation(Isolation.PROCESS).workDir(work).samplingRules(rules).logSink((f, r, t) -> { });
        if (!platformSegments) {
            settings.invocationListener(InvocationListener.NONE).apiListener(ApiListener.NONE);
        }
        return LocalCloud.start(settings.build());
    }

    private static void round(LocalCloud cloud, int requests, Histogram latency) throws Exception {
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/inventory/BENCH-1"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET answered " + response.statusCode() + ": " + response.body());
            }
            if (latency != null) {
                latency.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t));
            }
        }
    }

    private static void send(LocalCloud cloud, String method, String path, String body) throws Exception {
        HTTP.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static void print(String label, Histogram latency) {
        System.out.printf("  %s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, mean %.2f ms%n", label,
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(90) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0, latency.getMean() / 1000.0);
    }
}
