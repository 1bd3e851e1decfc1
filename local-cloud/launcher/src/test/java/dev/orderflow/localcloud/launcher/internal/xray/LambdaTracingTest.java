package dev.orderflow.localcloud.launcher.internal.xray;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.Invocation;
import dev.orderflow.localcloud.lambda.InvocationListener.InvocationRecord;
import dev.orderflow.localcloud.lambda.InvocationResult;
import dev.orderflow.localcloud.trace.TraceHeader;
import dev.orderflow.localcloud.xray.XRaySampler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LambdaTracingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT = "1-6b070ebb-4a97ee8dcf9306bc35039aec";
    private static final String CALLER = "d301f0edceb6c280";
    private static final FunctionConfig ORDERS = function("orders");
    private static final FunctionConfig PASSIVE = function("passive");

    private final List<String> emitted = new ArrayList<>();
    private final AtomicInteger samplerCalls = new AtomicInteger();
    private final LambdaTracing tracing = new LambdaTracing(emitted::add, request -> {
        samplerCalls.incrementAndGet();
        return new XRaySampler.SamplingDecision(true, "Default");
    }, Map.of("orders", true, "passive", false), new TracingFailures());

    @Test
    void shouldHandTheFunctionItsFunctionSegmentAsParentAndEmitBothSegmentsOnAColdStart() throws Exception {
        TraceHeader upstream = TraceHeader.parse("Root=" + ROOT + ";Parent=" + CALLER + ";Sampled=1;Lineage=a:1").orElseThrow();

        TraceHeader handed = tracing.functionTrace(ORDERS, "req-1", Invocation.of(new byte[0], upstream));
        tracing.invoked(ORDERS, new InvocationRecord(result("req-1", InvocationResult.Status.SUCCESS, "{}", null), handed,
                1_000_000L, 1_000_010L, 1_000_900L, 1_000_905L, 1_000_950L));

        assertThat(handed.root()).isEqualTo(ROOT);
        assertThat(handed.isSampled()).isTrue();
        assertThat(handed.toString()).contains("Lineage=a:1");
        assertThat(emitted).hasSize(2);
        JsonNode service = JSON.readTree(emitted.get(0));
        JsonNode function = JSON.readTree(emitted.get(1));
        assertThat(service.path("origin").asText()).isEqualTo("AWS::Lambda");
        assertThat(service.path("parent_id").asText()).isEqualTo(CALLER);
        assertThat(service.path("trace_id").asText()).isEqualTo(ROOT);
        assertThat(service.at("/aws/request_id").asText()).isEqualTo("req-1");
        assertThat(service.path("start_time").asDouble()).isEqualTo(1000.0);
        assertThat(function.path("origin").asText()).isEqualTo("AWS::Lambda::Function");
        assertThat(function.path("id").asText()).isEqualTo(handed.parent().orElseThrow());
        assertThat(function.path("parent_id").asText()).isEqualTo(service.path("id").asText());
        assertThat(function.path("subsegments")).extracting(s -> s.path("name").asText())
                .containsExactly("Initialization", "Invocation", "Overhead");
        assertThat(function.at("/subsegments/1/start_time").asDouble()).isEqualTo(1000.905);
        assertThat(function.has("fault")).isFalse();
        assertThat(tracing.pendingInvocations()).isZero();
    }

    @Test
    void shouldMarkTheFunctionSegmentFaultWithTheFunctionsError() throws Exception {
        TraceHeader handed = tracing.functionTrace(ORDERS, "req-2", Invocation.of(new byte[0], sampled()));
        tracing.invoked(ORDERS, new InvocationRecord(result("req-2", InvocationResult.Status.FUNCTION_ERROR,
                "{\"errorMessage\":\"no such table\",\"errorType\":\"ResourceNotFoundException\"}", "ResourceNotFoundException"),
                handed, 1_000_000L, 0, 0, 1_000_001L, 1_000_050L));

        JsonNode function = JSON.readTree(emitted.get(1));
        assertThat(function.path("fault").asBoolean()).isTrue();
        assertThat(function.at("/cause/exceptions/0/type").asText()).isEqualTo("ResourceNotFoundException");
        assertThat(function.at("/cause/exceptions/0/message").asText()).isEqualTo("no such table");
        assertThat(function.path("subsegments")).extracting(s -> s.path("name").asText()).containsExactly("Invocation", "Overhead");
        assertThat(function.at("/subsegments/0/fault").asBoolean()).isTrue();
    }

    @Test
    void shouldEmitNothingWhenTheCallerDidNotSample() {
        TraceHeader unsampled = TraceHeader.parse("Root=" + ROOT + ";Parent=" + CALLER + ";Sampled=0").orElseThrow();

        TraceHeader handed = tracing.functionTrace(ORDERS, "req-3", Invocation.of(new byte[0], unsampled));
        tracing.invoked(ORDERS, new InvocationRecord(result("req-3", InvocationResult.Status.SUCCESS, "{}", null), handed,
                1_000_000L, 0, 0, 1_000_001L, 1_000_002L));

        assertThat(handed.root()).isEqualTo(ROOT);
        assertThat(handed.isSampled()).isFalse();
        assertThat(handed.parent()).get().isNotEqualTo(CALLER);
        assertThat(emitted).isEmpty();
        assertThat(samplerCalls).hasValue(0);
        assertThat(tracing.pendingInvocations()).isZero();
    }

    @Test
    void shouldAskTheSamplingRulesOnlyForActiveTracingWithoutADecision() {
        TraceHeader active = tracing.functionTrace(ORDERS, "req-4", Invocation.of(new byte[0], null));
        TraceHeader passive = tracing.functionTrace(PASSIVE, "req-5", Invocation.of(new byte[0], null));
        TraceHeader asked = tracing.functionTrace(ORDERS, "req-6", Invocation.of(new byte[0],
                TraceHeader.parse("Root=" + ROOT + ";Sampled=?").orElseThrow()));

        assertThat(active.isSampled()).isTrue();
        assertThat(active.root()).isNotEqualTo(ROOT);
        assertThat(passive.isSampled()).isFalse();
        assertThat(asked.isSampled()).isTrue();
        assertThat(asked.root()).isEqualTo(ROOT);
        assertThat(samplerCalls).hasValue(2);
    }

    @Test
    void shouldStartANewTraceLinkedToTheSendersOfAnSqsBatch() throws Exception {
        TraceHeader first = sampled();
        TraceHeader second = TraceHeader.parse("Root=1-6b070ebc-000000000000000000000002;Parent=00000000000000b2;Sampled=1")
                .orElseThrow();

        TraceHeader handed = tracing.functionTrace(ORDERS, "req-7", Invocation.fromQueue(new byte[0], List.of(first, second)));
        tracing.invoked(ORDERS, new InvocationRecord(result("req-7", InvocationResult.Status.SUCCESS, "{}", null), handed,
                1_000_000L, 0, 0, 1_000_001L, 1_000_002L));

        JsonNode service = JSON.readTree(emitted.get(0));
        assertThat(handed.root()).isNotIn(ROOT, second.root());
        assertThat(service.has("parent_id")).isFalse();
        assertThat(service.path("links")).extracting(link -> link.path("trace_id").asText() + "/" + link.path("id").asText())
                .containsExactly(ROOT + "/" + CALLER, second.root() + "/00000000000000b2");
    }

    private static TraceHeader sampled() {
        return TraceHeader.parse("Root=" + ROOT + ";Parent=" + CALLER + ";Sampled=1").orElseThrow();
    }

    private static InvocationResult result(String requestId, InvocationResult.Status status, String payload, String errorType) {
        return new InvocationResult(requestId, status, payload.getBytes(StandardCharsets.UTF_8), errorType, null,
                Duration.ZERO, null);
    }

    private static FunctionConfig function(String name) {
        return FunctionConfig.builder().name(name).arn("arn:aws:lambda:us-east-1:123456789012:function:" + name)
                .handler("example.Handler::handleRequest").artifact(Path.of("function.jar")).build();
    }
}
