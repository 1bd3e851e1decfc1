package dev.orderflow.localcloud.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EdgeServerTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private EdgeServer edge;

    @BeforeEach
    void start() throws Exception {
        edge = EdgeServer.bind("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        edge.close();
    }

    @Test
    void shouldAnswerHealthOnlyOnceEveryComponentRuns() throws Exception {
        AtomicReference<ServiceHealth> lambda = new AtomicReference<>(new ServiceHealth("starting", java.util.Map.of()));
        edge.component("lambda", lambda::get).start();

        HttpResponse<String> starting = get("/_local/health");
        lambda.set(ServiceHealth.running(java.util.Map.of("functions", 2)));
        HttpResponse<String> ready = get("/_local/health");

        assertThat(starting.statusCode()).isEqualTo(503);
        assertThat(starting.body()).contains("\"lambda\":{\"state\":\"starting\"}");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"lambda\":{\"state\":\"running\",\"functions\":2}").contains("\"status\":\"ready\"");
    }

    @Test
    void shouldDispatchByTargetPrefix() throws Exception {
        edge.register(new EdgeService() {
            @Override
            public String name() {
                return "echo";
            }

            @Override
            public boolean handles(EdgeRequest request) {
                return EdgeService.targetStartsWith(request, "Echo_1.");
            }

            @Override
            public EdgeResponse handle(EdgeRequest request) {
                return EdgeResponse.json(200, "{\"target\":" + Json.quote(request.target()) + "}");
            }
        }).start();

        HttpResponse<String> handled = client.send(HttpRequest.newBuilder(URI.create(edge.url() + "/"))
                .header("X-Amz-Target", "Echo_1.Say").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = client.send(HttpRequest.newBuilder(URI.create(edge.url() + "/"))
                .header("X-Amz-Target", "Other_2.Do").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(handled.body()).isEqualTo("{\"target\":\"Echo_1.Say\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("x-amzn-ErrorType")).contains("UnknownOperationException");
        assertThat(unknown.body()).contains("Other_2.Do");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(edge.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
