package dev.orderflow.localcloud.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contract users rely on: {@code java -jar local-cloud/target/local-cloud.jar} serves the
 * template, reports healthy, and SIGTERM leaves no process behind.
 */
class LauncherJarIT {

    private static final Pattern HEALTH = Pattern.compile("Health\\s+(http://\\S+/_local/health)");
    private static final Pattern API = Pattern.compile("API Gateway\\s+(http://\\S+)");

    @Test
    void shouldServeTheTemplateAndStopEveryProcessOnSigterm() throws Exception {
        Path jar = Path.of(System.getProperty("local-cloud.jar", "../target/local-cloud.jar"));
        Path work = Files.createTempDirectory("local-cloud-jar-it");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "--template", OrderApiContract.TEMPLATE.toString(), "--api-port", "0", "--edge-port", "0",
                "--log-dir", work.resolve("logs").toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String health = null;
            String api = null;
            String line;
            while (health == null && (line = out.readLine()) != null) {
                Matcher apiLine = API.matcher(line);
                if (apiLine.find()) {
                    api = apiLine.group(1);
                }
                Matcher healthLine = HEALTH.matcher(line);
                if (healthLine.find()) {
                    health = healthLine.group(1);
                }
            }
            CompletableFuture.runAsync(() -> out.lines().forEach(ignored -> { }));
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> healthy = http.send(HttpRequest.newBuilder(URI.create(health)).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> inventory = http.send(HttpRequest.newBuilder(URI.create(api + "/inventory")).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();

            assertThat(healthy.statusCode()).isEqualTo(200);
            assertThat(healthy.body()).contains("\"dynamodb\":{\"state\":\"running\"").contains("\"apigateway\"")
                    .contains("\"lambda\"").contains("\"status\":\"ready\"");
            assertThat(inventory.statusCode()).isEqualTo(200);
            assertThat(children).as("a function's execution environment ran").isNotEmpty();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(children).noneMatch(ProcessHandle::isAlive);
            assertThat(Files.readString(work.resolve("logs").resolve("orderflow-dev-InventoryHandlerFunction.log")))
                    .contains("REPORT RequestId:");
        } finally {
            process.destroyForcibly();
            TestFiles.delete(work);
        }
    }
}
