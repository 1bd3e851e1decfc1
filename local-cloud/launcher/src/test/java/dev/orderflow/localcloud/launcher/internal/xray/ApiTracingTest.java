package dev.orderflow.localcloud.launcher.internal.xray;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderflow.localcloud.apigateway.ApiListener.ApiRequestRecord;
import dev.orderflow.localcloud.apigateway.ApiListener.LambdaCall;
import dev.orderflow.localcloud.apigateway.RestApi;
import dev.orderflow.localcloud.apigateway.Route;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiTracingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT = "1-6b070ebb-4a97ee8dcf9306bc35039aec";
    private static final RestApi TRACED = new RestApi("orderflow-dev-api", "19z1r7ch48", "dev", true, null, List.of(), null, null);
    private static final RestApi UNTRACED = new RestApi("quiet-api", "quiet00001", "dev", false, null, List.of(), null, null);
    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:orderflow-dev-OrderHandlerFunction";

    private final List<String> emitted = new ArrayList<>();
    private final ApiTracing tracing = new ApiTracing(emitted::add, "us-east-1", "123456789012", "http://127.0.0.1:3000",
            function -> ARN, new TracingFailures());

    @Test
    void shouldEmitTheStageSegmentWhoseLambdaCallIsTheFunctionsParent() throws Exception {
        TraceHeader incoming = TraceHeader.parse("Root=" + ROOT + ";Parent=00000000000000c1;Sampled=1").orElseThrow();

        TraceHeader toLambda = tracing.integrationTrace(TRACED, incoming);
        tracing.completed(record(TRACED, toLambda, 201, new LambdaCall("orderflow-dev-OrderHandlerFunction", 1_000_010L,
                1_000_090L, 200, 286)));

        JsonNode stage = JSON.readTree(emitted.get(0));
        assertThat(toLambda.root()).isEqualTo(ROOT);
        assertThat(stage.path("name").asText()).isEqualTo("orderflow-dev-api/dev");
        assertThat(stage.path("origin").asText()).isEqualTo("AWS::ApiGateway::Stage");
        assertThat(stage.path("trace_id").asText()).isEqualTo(ROOT);
        assertThat(stage.path("parent_id").asText()).isEqualTo("00000000000000c1");
        assertThat(stage.at("/http/request/url").asText()).isEqualTo("http://127.0.0.1:3000/orders");
        assertThat(stage.at("/http/response/status").asInt()).isEqualTo(201);
        assertThat(stage.at("/http/response/content_length").asInt()).isEqualTo(286);
        assertThat(stage.at("/aws/api_gateway/request_id").asText()).isEqualTo("e0577fed-cd76-4598-998e-845988438486");
        JsonNode call = stage.at("/subsegments/0");
        assertThat(call.path("name").asText()).isEqualTo("Lambda");
        assertThat(call.path("id").asText()).isEqualTo(toLambda.parent().orElseThrow());
        assertThat(call.at("/aws/function_name").asText()).isEqualTo("orderflow-dev-OrderHandlerFunction");
        assertThat(call.path("start_time").asDouble()).isEqualTo(1000.01);
        assertThat(call.path("end_time").asDouble()).isEqualTo(1000.09);
        assertThat(tracing.pendingRequests()).isZero();
    }

    @Test
    void shouldGiveTheLambdaCallTheGatewaysStatusWhenLambdaNeverAnswered() throws Exception {
        TraceHeader toLambda = tracing.integrationTrace(TRACED, TraceHeader.newTrace(true));
        tracing.completed(record(TRACED, toLambda, 504, new LambdaCall("fn", 1_000_010L, 1_029_010L, 0, 0)));

        JsonNode stage = JSON.readTree(emitted.get(0));
        assertThat(stage.has("parent_id")).isFalse();
        assertThat(stage.path("fault").asBoolean()).isTrue();
        assertThat(stage.at("/subsegments/0/fault").asBoolean()).isTrue();
    }

    @Test
    void shouldEmitNothingUnsampledOrWithoutTracingEnabled() {
        TraceHeader unsampled = tracing.integrationTrace(TRACED, TraceHeader.newTrace(false));
        TraceHeader untraced = tracing.integrationTrace(UNTRACED, TraceHeader.newTrace(true));
        tracing.completed(record(TRACED, unsampled, 200, null));
        tracing.completed(record(UNTRACED, untraced, 200, null));

        assertThat(unsampled.isSampled()).isFalse();
        assertThat(emitted).isEmpty();
        assertThat(tracing.pendingRequests()).isZero();
    }

    @Test
    void shouldRecordARequestThatNeverReachedTheIntegration() throws Exception {
        TraceHeader trace = tracing.integrationTrace(TRACED, TraceHeader.newTrace(true));
        tracing.completed(record(TRACED, trace, 403, null));

        JsonNode stage = JSON.readTree(emitted.get(0));
        assertThat(stage.path("error").asBoolean()).isTrue();
        assertThat(stage.has("subsegments")).isFalse();
    }

    private static ApiRequestRecord record(RestApi api, TraceHeader trace, int status, LambdaCall call) {
        return new ApiRequestRecord(api, new Route(api, "POST", "/orders", "fn"), "e0577fed-cd76-4598-998e-845988438486",
                "POST", "/orders", "127.0.0.1", "curl/8.5", status, 286, trace, 1_000_000L, 1_000_100L, null, call);
    }
}
