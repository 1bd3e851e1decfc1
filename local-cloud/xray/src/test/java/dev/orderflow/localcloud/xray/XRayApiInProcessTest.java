package dev.orderflow.localcloud.xray;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The API as an edge dispatches to it: method, path and body in, status, headers and body out. */
class XRayApiInProcessTest {

    private final LocalXRay xray = LocalXRay.builder().daemon(false).start();

    @AfterEach
    void close() {
        xray.close();
    }

    private XRayResponse post(String path, String body) {
        return xray.api().handle("POST", path, body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(XRayResponse response) throws Exception {
        return Json.read(response.body());
    }

    @Test
    void shouldStoreWhatPutTraceSegmentsAcceptsAndListTheRest() throws Exception {
        OrderTraceFixture order = OrderTraceFixture.order(Instant.now(), "o-1", false, false);
        ObjectNode request = Json.object();
        order.documents.forEach(request.putArray("TraceSegmentDocuments")::add);
        request.withArray("TraceSegmentDocuments").add("{\"id\":\"bad\"}").add(42);
        XRayResponse response = post("/TraceSegments", Json.text(request));
        assertThat(response.status()).isEqualTo(200);
        JsonNode unprocessed = json(response).path("UnprocessedTraceSegments");
        assertThat(unprocessed).hasSize(2);
        assertThat(unprocessed.at("/0/Id").asText()).isEqualTo("bad");
        assertThat(unprocessed.at("/0/Message").asText()).contains("'bad' is not 16 hexadecimal digits");
        assertThat(xray.stats().traces()).isEqualTo(1);
        assertThat(xray.stats().accepted()).isEqualTo(order.documents.size());
    }

    @Test
    void shouldAnswerClientMistakesWith400AndTheField() throws Exception {
        XRayResponse noTimes = post("/TraceSummaries", "{}");
        assertThat(noTimes.status()).isEqualTo(400);
        assertThat(noTimes.headers()).containsEntry("x-amzn-ErrorType", "InvalidRequestException");
        assertThat(json(noTimes).path("Message").asText()).isEqualTo("StartTime is required (epoch seconds)");

        assertThat(json(post("/TraceSummaries", "{\"StartTime\":10,\"EndTime\":5}")).path("Message").asText())
                .isEqualTo("EndTime must not be before StartTime");
        assertThat(json(post("/TraceSummaries", "{\"StartTime\":\"yesterday\",\"EndTime\":5}")).path("Message").asText())
                .startsWith("StartTime must be a timestamp in epoch seconds");
        assertThat(json(post("/TraceSummaries", "{\"StartTime\":1,\"EndTime\":5,\"TimeRangeType\":\"Week\"}"))
                .path("Message").asText()).isEqualTo("TimeRangeType must be TraceId, Event or Service, not Week");
        assertThat(json(post("/TraceSummaries", "{\"StartTime\":1,\"EndTime\":5,\"FilterExpression\":\"edge(\\\"a\\\")\"}"))
                .path("Message").asText()).startsWith("FilterExpression: function 'edge()'");
        assertThat(json(post("/TraceSummaries", "{\"StartTime\":1,\"EndTime\":5,\"NextToken\":\"@@@\"}"))
                .path("Message").asText()).startsWith("NextToken is not valid");
        assertThat(json(post("/Traces", "{}")).path("Message").asText()).isEqualTo("TraceIds is required (a non-empty list of strings)");
        assertThat(json(post("/ServiceGraph", "{\"StartTime\":1,\"EndTime\":5,\"GroupName\":\"mine\"}"))
                .path("Message").asText()).contains("only the Default group");
        assertThat(json(post("/SamplingTargets", "{\"SamplingStatisticsDocuments\":[{\"RuleName\":\"Default\"}]}"))
                .path("Message").asText()).isEqualTo("SamplingStatisticsDocuments[0].ClientID is required");
    }

    @Test
    void shouldRefuseBadBodiesAndUnknownOperations() throws Exception {
        XRayResponse badJson = post("/TraceSummaries", "{not json");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.headers()).containsEntry("x-amzn-ErrorType", "SerializationException");
        assertThat(post("/TraceSummaries", "[1]").status()).isEqualTo(400);
        XRayResponse unknown = post("/Groups", "{}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(json(unknown).path("Message").asText()).contains("no X-Ray operation at POST /Groups");
        assertThat(xray.api().handle("GET", "/TraceSummaries", null).status()).isEqualTo(404);
        assertThat(XRayApi.isXRayPath("/ServiceGraph?x=1")).isTrue();
        assertThat(XRayApi.isXRayPath("/2015-03-31/functions")).isFalse();
    }

    @Test
    void shouldTakePlatformSegmentsFromTheInProcessEmitter() {
        OrderTraceFixture order = OrderTraceFixture.order(Instant.now(), "o-1", false, false);
        order.documents.forEach(xray.emitter()::emit);
        assertThat(xray.awaitIngested(Duration.ofSeconds(10))).isTrue();
        assertThat(xray.stats().accepted()).isEqualTo(order.documents.size());
        assertThat(xray.stats().dropped()).isZero();
    }

    @Test
    void shouldSayWhichAddressIsInUse() {
        try (LocalXRay first = LocalXRay.builder().address("127.0.0.1:0").start()) {
            String taken = first.daemonAddress().toEnvironmentValue();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> LocalXRay.builder().address(taken).start())
                    .hasMessageContaining("X-Ray daemon UDP address").hasMessageContaining("is in use");
        }
    }

    @Test
    void shouldDecideSamplingWithTheDefaultRule() {
        XRaySampler.SamplingDecision first = xray.sampler().decide(
                new XRaySampler.SamplingRequest("orderflow-api/Prod", "AWS::ApiGateway::Stage", "localhost", "POST", "/orders", null));
        assertThat(first).isEqualTo(new XRaySampler.SamplingDecision(true, "Default"));
    }
}
