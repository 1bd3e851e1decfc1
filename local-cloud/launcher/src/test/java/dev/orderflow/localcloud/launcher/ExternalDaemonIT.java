package dev.orderflow.localcloud.launcher;

import static dev.orderflow.localcloud.launcher.XRayReader.subsegments;
import static dev.orderflow.localcloud.launcher.XRayReader.withOrigin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.lambda.Isolation;
import dev.orderflow.localcloud.xray.LocalXRay;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code --external-xray-daemon}: the platform's segments and the functions' subsegments go to a
 * daemon elsewhere (here a second collector standing in for the AWS X-Ray daemon); the built-in
 * daemon is off and the local store stays empty.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalDaemonIT {

    private LocalXRay elsewhere;
    private LocalCloud cloud;
    private Path work;
    private XRayReader external;
    private List<JsonNode> documents;
    private HttpResponse<String> response;

    @BeforeAll
    void start() throws Exception {
        elsewhere = LocalXRay.builder().address("127.0.0.1:0").start();
        work = Files.createTempDirectory("external-daemon-it");
        cloud = LocalCloud.start(LocalCloudSettings.builder().template(OrderApiContract.TEMPLATE).apiPort(0).edgePort(0)
                .isolation(Isolation.IN_PROCESS).workDir(work.resolve("work"))
                .externalXRayDaemon(elsewhere.daemonAddress().toEnvironmentValue())
                .samplingRules(Files.writeString(work.resolve("rules.json"), TracingIT.SAMPLE_EVERYTHING))
                .logSink((function, requestId, text) -> { }).build());
        response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/inventory")).build(),
                HttpResponse.BodyHandlers.ofString());
        String traceId = response.headers().firstValue("X-Amzn-Trace-Id").orElseThrow().split(";")[0].substring(5);
        external = new XRayReader("http://" + elsewhere.daemonAddress().tcp().getHostString() + ":"
                + elsewhere.daemonAddress().tcp().getPort());
        documents = external.awaitDocuments(traceId, docs -> withOrigin(docs, "AWS::Lambda::Function").stream()
                .anyMatch(f -> subsegments(f).stream().anyMatch(s -> s.path("name").asText().equals("## handleRequest"))),
                Instant.now().plusSeconds(60));
    }

    @AfterAll
    void stop() throws Exception {
        if (external != null) {
            external.close();
        }
        if (cloud != null) {
            cloud.close();
        }
        if (elsewhere != null) {
            elsewhere.close();
        }
        TestFiles.delete(work);
    }

    @Test
    void shouldSendPlatformSegmentsAndFunctionSubsegmentsToTheExternalDaemon() {
        JsonNode function = withOrigin(documents, "AWS::Lambda::Function").get(0);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(withOrigin(documents, "AWS::ApiGateway::Stage")).hasSize(1);
        assertThat(withOrigin(documents, "AWS::Lambda")).hasSize(1);
        assertThat(subsegments(function)).extracting(s -> s.path("name").asText()).contains("## handleRequest", "DynamoDb");
        assertThat(cloud.lambda().settings().xrayDaemonAddress()).isEqualTo(elsewhere.daemonAddress().toEnvironmentValue());
        assertThat(cloud.xray().daemonAddress()).as("the built-in daemon is off").isNull();
        assertThat(cloud.xray().stats().traces()).isZero();
    }
}
