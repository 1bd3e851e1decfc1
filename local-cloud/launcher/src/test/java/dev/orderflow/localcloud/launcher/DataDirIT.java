package dev.orderflow.localcloud.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.localcloud.lambda.Isolation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** With --data-dir, what the application wrote is there after a restart; without it, nothing is. */
class DataDirIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldKeepTablesBetweenRunsOnlyWithADataDir() throws Exception {
        Path data = Files.createTempDirectory("local-cloud-data");
        try {
            try (LocalCloud first = start(data)) {
                HttpResponse<String> stocked = send(first, "PUT", "/inventory/KEPT-1",
                        "{\"name\":\"Kept\",\"priceCents\":100,\"available\":3}");
                assertThat(stocked.statusCode()).isEqualTo(201);
            }
            try (LocalCloud second = start(data)) {
                assertThat(send(second, "GET", "/inventory/KEPT-1", null).statusCode()).isEqualTo(200);
            }
            try (LocalCloud inMemory = start(null)) {
                assertThat(send(inMemory, "GET", "/inventory/KEPT-1", null).statusCode()).isEqualTo(404);
            }
        } finally {
            TestFiles.delete(data);
        }
    }

    private static LocalCloud start(Path data) throws Exception {
        return LocalCloud.start(LocalCloudSettings.builder().template(OrderApiContract.TEMPLATE).apiPort(0).edgePort(0)
                .isolation(Isolation.IN_PROCESS).dataDir(data).logSink((f, r, t) -> { }).build());
    }

    private HttpResponse<String> send(LocalCloud cloud, String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
