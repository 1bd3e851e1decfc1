package dev.orderflow.localcloud.xray.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.internal.segment.ParsedSegment;
import dev.orderflow.localcloud.xray.internal.segment.SegmentParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformSegmentsTest {

    private static final String ARN = "arn:aws:lambda:eu-west-1:123456789012:function:orders";
    private final Instant t0 = Instant.parse("2026-05-01T10:00:00.123456Z");
    private final String traceId = SegmentIds.newTraceId(Instant.now());

    private static JsonNode json(SegmentDocument document) throws Exception {
        return Json.read(document.json());
    }

    /** Every platform document must be one PutTraceSegments accepts. */
    private static ParsedSegment accepted(SegmentDocument document) throws Exception {
        return new SegmentParser(Duration.ofDays(30)).parse(document.json().getBytes(StandardCharsets.UTF_8),
                System.currentTimeMillis());
    }

    private SegmentDocument apiSegment(int status) {
        return ApiGatewaySegment.builder().traceId(traceId).id("00000000000000a1").parentId("00000000000000c1")
                .api("abc123", "orders-api", "prod").account("eu-west-1", "123456789012")
                .requestId("r-1", "ext-1").request("POST", "https://abc123.execute-api.eu-west-1.amazonaws.com/prod/orders",
                        "10.0.0.1", "curl/8").response(status, 12).times(t0, t0.plusMillis(250))
                .samplingRuleName("Default")
                .lambdaIntegration(new ApiGatewaySegment.LambdaIntegration("00000000000000b1", ARN,
                        t0.plusMillis(1), t0.plusMillis(249), 200, 12))
                .build();
    }

    @Test
    void shouldWriteTheApiGatewayStageSegmentAsAwsDoes() throws Exception {
        JsonNode json = json(apiSegment(201));
        assertThat(json.path("name").asText()).isEqualTo("orders-api/prod");
        assertThat(json.path("origin").asText()).isEqualTo("AWS::ApiGateway::Stage");
        assertThat(json.path("parent_id").asText()).isEqualTo("00000000000000c1");
        assertThat(json.path("start_time").decimalValue()).isEqualByComparingTo("1777629600.123456");
        assertThat(json.at("/aws/api_gateway/rest_api_id").asText()).isEqualTo("abc123");
        assertThat(json.at("/aws/api_gateway/stage").asText()).isEqualTo("prod");
        assertThat(json.at("/aws/api_gateway/request_id").asText()).isEqualTo("r-1");
        assertThat(json.at("/aws/xray/sampling_rule_name").asText()).isEqualTo("Default");
        assertThat(json.at("/annotations/aws:api_id").asText()).isEqualTo("abc123");
        assertThat(json.at("/annotations/aws:api_stage").asText()).isEqualTo("prod");
        assertThat(json.at("/http/request/method").asText()).isEqualTo("POST");
        assertThat(json.at("/http/response/status").asInt()).isEqualTo(201);
        assertThat(json.path("resource_arn").asText()).isEqualTo("arn:aws:apigateway:eu-west-1::/restapis/abc123/stages/prod");
        JsonNode lambda = json.at("/subsegments/0");
        assertThat(lambda.path("id").asText()).isEqualTo("00000000000000b1");
        assertThat(lambda.path("namespace").asText()).isEqualTo("aws");
        assertThat(lambda.at("/aws/operation").asText()).isEqualTo("Invoke");
        assertThat(lambda.at("/aws/function_name").asText()).isEqualTo("orders");
        assertThat(json.has("fault")).isFalse();
        assertThat(accepted(apiSegment(201)).calls()).hasSize(1);
    }

    @Test
    void shouldFlagTheStageSegmentByStatus() throws Exception {
        assertThat(json(apiSegment(502)).path("fault").asBoolean()).isTrue();
        assertThat(json(apiSegment(404)).path("error").asBoolean()).isTrue();
        assertThat(json(apiSegment(429)).path("throttle").asBoolean()).isTrue();
    }

    @Test
    void shouldRefuseAnIncompleteStageSegment() {
        assertThatThrownBy(() -> ApiGatewaySegment.builder().traceId(traceId).build())
                .isInstanceOf(IllegalStateException.class).hasMessage("restApiId is required");
    }

    @Test
    void shouldWriteTheLambdaServiceAndFunctionSegments() throws Exception {
        LambdaTraceContext context = LambdaTraceContext.start(traceId, "00000000000000b1");
        LambdaTimings timings = new LambdaTimings(t0, t0.plusMillis(1), t0.plusMillis(300), t0.plusMillis(301),
                t0.plusMillis(350), t0.plusMillis(352), t0.plusMillis(353));
        List<SegmentDocument> docs = LambdaSegments.builder().context(context).functionArn(ARN).requestId("req-9")
                .timings(timings).build();
        JsonNode service = json(docs.get(0));
        JsonNode function = json(docs.get(1));
        assertThat(service.path("origin").asText()).isEqualTo("AWS::Lambda");
        assertThat(service.path("name").asText()).isEqualTo("orders");
        assertThat(service.path("parent_id").asText()).isEqualTo("00000000000000b1");
        assertThat(service.at("/aws/request_id").asText()).isEqualTo("req-9");
        assertThat(service.path("resource_arn").asText()).isEqualTo(ARN);
        assertThat(function.path("origin").asText()).isEqualTo("AWS::Lambda::Function");
        assertThat(function.path("id").asText()).isEqualTo(context.functionSegmentId());
        assertThat(function.path("parent_id").asText()).isEqualTo(context.serviceSegmentId());
        assertThat(function.at("/aws/account_id").asText()).isEqualTo("123456789012");
        assertThat(function.path("subsegments")).extracting(s -> s.path("name").asText())
                .containsExactly("Initialization", "Invocation", "Overhead");
        assertThat(function.has("fault")).isFalse();
        assertThat(context.functionTraceHeader())
                .isEqualTo("Root=" + traceId + ";Parent=" + context.functionSegmentId() + ";Sampled=1");
        accepted(docs.get(0));
        accepted(docs.get(1));
    }

    @Test
    void shouldMarkAFailedFunctionWithFaultAndCause() throws Exception {
        List<SegmentDocument> docs = LambdaSegments.builder().context(LambdaTraceContext.start(traceId, null))
                .functionArn(ARN).requestId("req-1")
                .timings(LambdaTimings.warm(t0, t0, t0.plusMillis(5), null, t0.plusMillis(6)))
                .error(new FunctionError("java.lang.IllegalStateException", "boom")).build();
        JsonNode function = json(docs.get(1));
        assertThat(function.path("fault").asBoolean()).isTrue();
        assertThat(function.at("/cause/exceptions/0/type").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(function.at("/subsegments/0/name").asText()).isEqualTo("Invocation");
        assertThat(function.at("/subsegments/0/fault").asBoolean()).isTrue();
        assertThat(function.path("subsegments")).hasSize(2);
        assertThat(json(docs.get(0)).has("parent_id")).isFalse();
    }

    @Test
    void shouldLinkAnSqsTriggeredInvocationToTheSendersTraces() throws Exception {
        String sender = SegmentIds.newTraceId(Instant.now());
        TraceLink link = TraceLink.fromTraceHeader("Root=" + sender + ";Parent=1234567890abcdef;Sampled=1").orElseThrow();
        List<SegmentDocument> docs = LambdaSegments.builder().context(LambdaTraceContext.start(traceId, null))
                .functionArn(ARN).requestId("req-1").links(List.of(link))
                .timings(LambdaTimings.warm(t0, t0, t0.plusMillis(5), null, t0.plusMillis(6))).build();
        JsonNode links = json(docs.get(0)).path("links");
        assertThat(links).hasSize(1);
        assertThat(links.at("/0/trace_id").asText()).isEqualTo(sender);
        assertThat(links.at("/0/id").asText()).isEqualTo("1234567890abcdef");
        assertThat(links.at("/0/attributes/aws.xray.reserved.reference_type").asText()).isEqualTo("parent");
        assertThat(accepted(docs.get(0)).links()).hasSize(1);
        assertThat(TraceLink.fromTraceHeader("Root=" + sender + ";Sampled=1")).isEmpty();
        assertThat(TraceLink.fromTraceHeader("garbage")).isEmpty();
    }

    @Test
    void shouldRefuseTimingsOutOfOrder() {
        assertThatThrownBy(() -> LambdaTimings.warm(t0, t0.plusMillis(5), t0, null, t0.plusMillis(6)))
                .hasMessage("invocationEnd is before invocationStart");
        assertThatThrownBy(() -> new LambdaTimings(t0, t0, null, t0, t0, t0, t0))
                .hasMessageContaining("initStart and initEnd come together");
    }

    @Test
    void shouldMakeValidIds() {
        assertThat(SegmentIds.newTraceId(Instant.ofEpochSecond(0x5f5e1000L))).matches("1-5f5e1000-[0-9a-f]{24}");
        assertThat(SegmentIds.newSegmentId()).matches("[0-9a-f]{16}");
    }
}
