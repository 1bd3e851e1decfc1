package dev.orderflow.localcloud.xray;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.AWSXRayRecorderBuilder;
import com.amazonaws.xray.config.DaemonConfiguration;
import com.amazonaws.xray.contexts.LambdaSegmentContext;
import com.amazonaws.xray.contexts.SegmentContextResolverChain;
import com.amazonaws.xray.emitters.UDPEmitter;
import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.Subsegment;
import com.amazonaws.xray.strategy.sampling.AllSamplingStrategy;
import com.amazonaws.xray.strategy.sampling.CentralizedSamplingStrategy;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.platform.LambdaSegments;
import dev.orderflow.localcloud.xray.platform.LambdaTimings;
import dev.orderflow.localcloud.xray.platform.LambdaTraceContext;
import dev.orderflow.localcloud.xray.platform.SegmentIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.xray.XRayClient;
import software.amazon.awssdk.services.xray.model.Service;

/** The X-Ray SDK for Java emitting to the local daemon, and sampling with its rules. */
class XRaySdkForJavaIT {

    private static final String DAEMON_PROPERTY = "com.amazonaws.xray.emitters.daemonAddress";
    private static final String TRACE_HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";

    private LocalXRay xray;
    private XRayClient client;

    @BeforeEach
    void start() {
        xray = LocalXRay.builder().address("127.0.0.1:0")
                .samplingRules("{\"SamplingRule\":{\"RuleName\":\"java-sdk-rule\",\"ResourceARN\":\"*\",\"Priority\":1,"
                        + "\"FixedRate\":1,\"ReservoirSize\":0,\"ServiceName\":\"java-sdk-sampled\",\"ServiceType\":\"*\","
                        + "\"Host\":\"*\",\"HTTPMethod\":\"*\",\"URLPath\":\"*\",\"Version\":1}}")
                .start();
        client = Clients.xray(xray);
    }

    @AfterEach
    void stop() {
        System.clearProperty(DAEMON_PROPERTY);
        System.clearProperty(TRACE_HEADER_PROPERTY);
        client.close();
        xray.close();
    }

    @SuppressWarnings("deprecation") // UDPEmitter is what the SDK's own Emitter.create() returns.
    private UDPEmitter emitter() throws Exception {
        DaemonConfiguration config = new DaemonConfiguration();
        config.setDaemonAddress(xray.daemonAddress().toEnvironmentValue());
        return new UDPEmitter(config);
    }

    private List<JsonNode> documents(String traceId) throws Exception {
        List<JsonNode> docs = new ArrayList<>();
        for (var segment : client.batchGetTraces(b -> b.traceIds(traceId)).traces().get(0).segments()) {
            docs.add(Json.read(segment.document()));
        }
        return docs;
    }

    @Test
    void shouldStoreASegmentTheJavaSdkSends() throws Exception {
        AWSXRayRecorder recorder = AWSXRayRecorderBuilder.standard().withEmitter(emitter())
                .withSamplingStrategy(new AllSamplingStrategy()).build();
        Segment segment = recorder.beginSegment("java-sdk-svc");
        segment.putAnnotation("order_id", "j-1");
        Subsegment call = recorder.beginSubsegment("DynamoDb");
        call.setNamespace("aws");
        call.putAws("operation", "PutItem");
        call.putAws("table_name", "Orders");
        recorder.endSubsegment();
        recorder.endSegment();
        String traceId = segment.getTraceId().toString();
        Await.accepted(xray, 1);

        List<JsonNode> docs = documents(traceId);
        assertThat(docs).extracting(d -> d.path("name").asText()).containsExactlyInAnyOrder("java-sdk-svc", "DynamoDb");
        JsonNode inferred = docs.stream().filter(d -> d.path("inferred").asBoolean()).findFirst().orElseThrow();
        assertThat(inferred.path("origin").asText()).isEqualTo("AWS::DynamoDB::Table");
        assertThat(client.getTraceSummaries(b -> b.startTime(Instant.now().minusSeconds(60)).endTime(Instant.now())
                .filterExpression("annotation.order_id = \"j-1\"")).traceSummaries()).hasSize(1);
        assertThat(xray.stats().malformedDatagrams()).isZero();
        assertThat(xray.stats().rejected()).isZero();
    }

    @Test
    void shouldAttachTheSubsegmentsOfAFunctionUnderItsFunctionSegment() throws Exception {
        Instant t0 = Instant.now();
        String traceId = SegmentIds.newTraceId(t0);
        LambdaTraceContext context = LambdaTraceContext.start(traceId, null);
        // What the runtime interface client does with Lambda-Runtime-Trace-Id.
        System.setProperty(TRACE_HEADER_PROPERTY, context.functionTraceHeader());
        SegmentContextResolverChain lambda = new SegmentContextResolverChain();
        lambda.addResolver(LambdaSegmentContext::new);
        AWSXRayRecorder recorder = AWSXRayRecorderBuilder.standard().withEmitter(emitter())
                .withSegmentContextResolverChain(lambda).build();
        Subsegment call = recorder.beginSubsegment("DynamoDb");
        call.setNamespace("aws");
        call.putAws("operation", "GetItem");
        call.putAws("table_name", "Inventory");
        recorder.endSubsegment();

        String arn = "arn:aws:lambda:us-east-1:123456789012:function:inventory";
        LambdaSegments.builder().context(context).functionArn(arn).requestId("r-1")
                .timings(LambdaTimings.warm(t0, t0, Instant.now().plusMillis(5), null, Instant.now().plusMillis(6)))
                .build().forEach(d -> xray.emitter().emit(d.json()));
        Await.accepted(xray, 3);

        JsonNode function = documents(traceId).stream()
                .filter(d -> d.path("origin").asText().equals("AWS::Lambda::Function")).findFirst().orElseThrow();
        assertThat(function.at("/subsegments/0/name").asText()).isEqualTo("Invocation");
        assertThat(function.at("/subsegments/0/subsegments/0/name").asText()).isEqualTo("DynamoDb");
        Map<String, Service> graph = client.getTraceGraph(b -> b.traceIds(traceId)).services().stream()
                .collect(Collectors.toMap(s -> s.name() + "|" + s.type(), s -> s));
        assertThat(graph).containsOnlyKeys("client|client", "inventory|AWS::Lambda", "inventory|AWS::Lambda::Function",
                "Inventory|AWS::DynamoDB::Table");
        assertThat(graph.get("inventory|AWS::Lambda::Function").edges()).singleElement()
                .satisfies(e -> assertThat(e.referenceId()).isEqualTo(graph.get("Inventory|AWS::DynamoDB::Table").referenceId()));
    }

    @Test
    void shouldSampleWithTheRulesTheDaemonServes() throws Exception {
        System.setProperty(DAEMON_PROPERTY, xray.daemonAddress().toEnvironmentValue());
        CentralizedSamplingStrategy strategy = new CentralizedSamplingStrategy();
        AWSXRayRecorder recorder = AWSXRayRecorderBuilder.standard().withEmitter(emitter())
                .withSamplingStrategy(strategy).build();
        try {
            String ruleName = null;
            long sampled = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (ruleName == null && System.nanoTime() < deadline) {
                Segment segment = recorder.beginSegmentWithSampling("java-sdk-sampled");
                recorder.endSegment();
                if (segment.isSampled()) {
                    long expected = ++sampled;
                    Await.accepted(xray, expected);
                    JsonNode doc = documents(segment.getTraceId().toString()).get(0);
                    // The Java SDK records the deciding rule as aws.xray.rule_name.
                    ruleName = doc.at("/aws/xray/rule_name").asText(null);
                }
                if (!"java-sdk-rule".equals(ruleName)) {
                    ruleName = null;
                    Thread.sleep(100);
                }
            }
            assertThat(ruleName).isEqualTo("java-sdk-rule");
        } finally {
            strategy.shutdown();
        }
    }
}
