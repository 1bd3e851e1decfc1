package dev.orderflow.localcloud.launcher;

import static dev.orderflow.localcloud.launcher.XRayReader.named;
import static dev.orderflow.localcloud.launcher.XRayReader.subsegments;
import static dev.orderflow.localcloud.launcher.XRayReader.withOrigin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.lambda.Isolation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code --no-layer}: the same application without the X-Ray layer, for comparison. An order still
 * flows through every consumer and Lambda still emits its platform segments, but no function
 * records a subsegment: no handler, no SDK call.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoLayerIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final Instant t0 = Instant.now().minusSeconds(5);
    private final List<JsonNode> documents = new ArrayList<>();
    private LocalCloud cloud;
    private Path work;
    private XRayReader xray;
    private String orderTrace;

    @BeforeAll
    void start() throws Exception {
        work = Files.createTempDirectory("no-layer-it");
        cloud = LocalCloud.start(LocalCloudSettings.builder().template(OrderApiContract.TEMPLATE).apiPort(0).edgePort(0)
                .isolation(Isolation.IN_PROCESS).workDir(work.resolve("work")).noLayer(true)
                .samplingRules(Files.writeString(work.resolve("rules.json"), TracingIT.SAMPLE_EVERYTHING))
                .logSink((function, requestId, text) -> { }).build());
        xray = new XRayReader(cloud.edgeUrl());
        send("PUT", "/inventory/PLAIN-MUG", "{\"name\":\"Plain mug\",\"priceCents\":700,\"available\":5}");
        HttpResponse<String> placed = send("POST", "/orders", "{\"customerId\":\"cust-plain\",\"items\":[{\"sku\":\"PLAIN-MUG\","
                + "\"quantity\":1}]}");
        orderTrace = placed.headers().firstValue("X-Amzn-Trace-Id").orElseThrow().split(";")[0].substring(5);
        // The notification consumer runs last: once it has reported, every function of the flow has.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (xray.traceIds(t0, "service(\"" + TracingIT.NOTIFICATION_FN + "\")").isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        for (String traceId : xray.traceIds(t0, "service(\"" + TracingIT.NOTIFICATION_FN + "\") OR service(\""
                + TracingIT.ORDER_FN + "\")")) {
            documents.addAll(xray.documents(traceId));
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (xray != null) {
            xray.close();
        }
        if (cloud != null) {
            cloud.close();
        }
        TestFiles.delete(work);
    }

    @Test
    void shouldRunTheFlowWithPlatformSegmentsButNoFunctionSubsegments() {
        assertThat(named(documents, "AWS::Lambda::Function", TracingIT.ORDER_FN)).isNotEmpty();
        assertThat(named(documents, "AWS::Lambda::Function", TracingIT.NOTIFICATION_FN)).isNotEmpty();
        assertThat(withOrigin(documents, "AWS::ApiGateway::Stage")).isNotEmpty();
        assertThat(withOrigin(documents, "AWS::Lambda::Function")).allSatisfy(function -> assertThat(subsegments(function))
                .extracting(s -> s.path("name").asText()).isSubsetOf("Initialization", "Invocation", "Overhead"));
        assertThat(documents.stream().map(d -> d.path("trace_id").asText())).contains(orderTrace);
        assertThat(cloud.lambda().function(TracingIT.ORDER_FN).orElseThrow().layers()).isEmpty();
        assertThat(cloud.lambda().function(TracingIT.ORDER_FN).orElseThrow().environment())
                .doesNotContainKey("AWS_LAMBDA_EXEC_WRAPPER");
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }
}
