package dev.orderflow.xray;

import static dev.orderflow.xray.LayerHarness.FUNCTION_SEGMENT_ID;
import static dev.orderflow.xray.LayerHarness.TRACE_ID;
import static dev.orderflow.xray.LayerHarness.event;
import static dev.orderflow.xray.LayerHarness.invoke;
import static dev.orderflow.xray.LayerHarness.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.xray.fixtures.PaymentDeclinedException;
import dev.orderflow.xray.support.AwsStub;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TracingHandlerTest {
    private static final String API = "dev.orderflow.xray.fixtures.OrdersApiFixture";
    private LayerHarness layer;

    @BeforeEach
    void start() throws Exception {
        layer = new LayerHarness();
    }

    @AfterEach
    void stop() {
        layer.close();
    }

    @Test
    void shouldSendHandlerSubsegmentUnderTheFunctionSegmentWithAnnotations() throws Throwable {
        TracingHandler handler = layer.handler(API, b -> b.annotateKeys(List.of("orderId", "customerId")));

        String response = invoke(handler, event("apigateway-post-order.json"));

        assertThat(json(response).path("statusCode").asInt()).isEqualTo(201);
        JsonNode doc = layer.segments(1).get(0);
        assertThat(doc.path("name").asText()).isEqualTo("## handleRequest");
        assertThat(doc.path("type").asText()).isEqualTo("subsegment");
        assertThat(doc.path("trace_id").asText()).isEqualTo(TRACE_ID);
        assertThat(doc.path("parent_id").asText()).isEqualTo(FUNCTION_SEGMENT_ID);
        assertThat(doc.path("id").asText()).matches("[0-9a-f]{16}");
        JsonNode annotations = doc.path("annotations");
        assertThat(annotations.path("ColdStart").asBoolean()).isTrue();
        assertThat(annotations.path("Service").asText()).isEqualTo("orderflow");
        assertThat(annotations.path("Environment").asText()).isEqualTo("test");
        assertThat(annotations.path("EventSource").asText()).isEqualTo("apigateway");
        assertThat(annotations.path("customerId").asText()).isEqualTo("c-42");
        assertThat(annotations.path("orderId").asText()).as("found in the response body").isEqualTo("o-123");
        JsonNode lambda = doc.path("metadata").path("lambda");
        assertThat(lambda.path("function_name").asText()).isEqualTo("orders-api");
        assertThat(lambda.path("function_version").asText()).isEqualTo("$LATEST");
        assertThat(lambda.path("memory_mb").asInt()).isEqualTo(512);
        assertThat(lambda.path("request_id").asText()).isEqualTo("req-1");
        assertThat(lambda.path("log_stream").asText()).isEqualTo("2026/11/25/[$LATEST]abcdef");
        assertThat(lambda.path("init_duration_ms").isNumber()).isTrue();
        assertThat(doc.path("http").path("response").path("status").asInt()).isEqualTo(201);
        assertThat(doc.has("fault")).isFalse();
        assertThat(doc.has("error")).isFalse();
        assertThat(doc.path("metadata").has("payload")).as("bodies are off by default").isFalse();
    }

    @Test
    void shouldNestTheEventBridgeCallAndPutItsSubsegmentIdInEveryEntry() throws Throwable {
        TracingHandler handler = layer.handler(API);

        invoke(handler, event("apigateway-post-order.json"));

        JsonNode doc = layer.segments(1).get(0);
        JsonNode call = doc.path("subsegments").get(0);
        assertThat(call.path("name").asText()).isEqualTo("EventBridge");
        assertThat(call.path("namespace").asText()).isEqualTo("aws");
        assertThat(call.path("aws").path("operation").asText()).isEqualTo("PutEvents");
        assertThat(call.path("aws").path("event_bus_names").get(0).asText()).isEqualTo("orders");
        assertThat(call.path("aws").path("detail_types").get(0).asText()).isEqualTo("OrderPlaced");
        AwsStub.Call put = layer.aws.calls().get(0);
        String expected = "Root=" + TRACE_ID + ";Parent=" + call.path("id").asText() + ";Sampled=1";
        assertThat(put.body().path("Entries").get(0).path("TraceHeader").asText()).isEqualTo(expected);
        assertThat(put.traceHeader()).isEqualTo(expected);
    }

    @Test
    void shouldMarkOnlyTheFirstInvocationAsColdStart() throws Throwable {
        TracingHandler handler = layer.handler(API);

        invoke(handler, event("apigateway-post-order.json"));
        invoke(handler, event("apigateway-post-order.json"));

        List<JsonNode> docs = layer.segments(2);
        assertThat(docs).hasSize(2);
        assertThat(docs.get(1).path("annotations").path("ColdStart").asBoolean()).isFalse();
        assertThat(docs.get(1).path("metadata").path("lambda").has("init_duration_ms")).isFalse();
    }

    @Test
    void shouldMapApiStatusCodesToFaultErrorAndThrottle() throws Throwable {
        TracingHandler handler = layer.handler(API);
        String template = event("apigateway-post-order.json")
                .replace("\"queryStringParameters\": null", "\"queryStringParameters\": {\"status\": \"%s\"}");

        for (String status : List.of("503", "404", "429", "200")) {
            invoke(handler, String.format(template, status));
        }

        List<JsonNode> docs = layer.segments(4);
        assertThat(flags(docs.get(0))).isEqualTo("fault");
        assertThat(flags(docs.get(1))).isEqualTo("error");
        assertThat(flags(docs.get(2))).isEqualTo("error throttle");
        assertThat(flags(docs.get(3))).isEmpty();
        assertThat(docs.get(2).path("http").path("response").path("status").asInt()).isEqualTo(429);
    }

    @Test
    void shouldRethrowTheFunctionsExceptionAndRecordItAsAFault() throws Throwable {
        TracingHandler handler = layer.handler(API);
        String failing = event("apigateway-post-order.json")
                .replace("\"queryStringParameters\": null", "\"queryStringParameters\": {\"fail\": \"true\"}");

        assertThatThrownBy(() -> invoke(handler, failing))
                .isExactlyInstanceOf(PaymentDeclinedException.class)
                .hasMessage("card declined for order o-123");

        JsonNode doc = layer.segments(1).get(0);
        assertThat(doc.path("fault").asBoolean()).isTrue();
        JsonNode exception = doc.path("cause").path("exceptions").get(0);
        assertThat(exception.path("type").asText()).isEqualTo(PaymentDeclinedException.class.getName());
        assertThat(exception.path("message").asText()).isEqualTo("card declined for order o-123");
        assertThat(exception.path("stack").size()).isPositive();
    }

    @Test
    void shouldRecordRedactedBodiesOnlyWhenConfigured() throws Throwable {
        TracingHandler handler = layer.handler(API, b -> b.captureBodies(true));

        invoke(handler, event("apigateway-post-order.json"));

        JsonNode payload = layer.segments(1).get(0).path("metadata").path("payload");
        JsonNode request = payload.path("request");
        assertThat(request.path("headers").path("Authorization").asText()).isEqualTo("[redacted]");
        assertThat(request.path("body").path("email").asText()).isEqualTo("[redacted]");
        assertThat(request.path("body").path("shippingAddress").asText()).isEqualTo("[redacted]");
        assertThat(request.path("body").path("customerId").asText()).isEqualTo("c-42");
        assertThat(request.toString()).doesNotContain("ana@example.com", "secret-token-value", "1 Main St");
        assertThat(payload.path("response").path("body").path("orderId").asText()).isEqualTo("o-123");
    }

    @Test
    void shouldNameTheEventSourceOfEventBridgeEventsAndAnnotateTheirDetail() throws Throwable {
        TracingHandler handler = layer.handler("dev.orderflow.xray.fixtures.OrderPlacedConsumerFixture",
                b -> b.annotateKeys(List.of("orderId")));

        String response = invoke(handler, event("eventbridge-order-placed.json"));

        assertThat(response).isEqualTo("\"forwarded OrderPlaced\"");
        JsonNode doc = layer.segments(1).get(0);
        assertThat(doc.path("annotations").path("EventSource").asText()).isEqualTo("eventbridge");
        assertThat(doc.path("annotations").path("orderId").asText()).isEqualTo("o-123");
    }

    @Test
    void shouldPutTheTraceHeaderOnSqsMessagesAndRecordTheQueueUrl() throws Throwable {
        TracingHandler handler = layer.handler("dev.orderflow.xray.fixtures.OrderPlacedConsumerFixture");

        invoke(handler, event("eventbridge-order-placed.json"));

        JsonNode call = layer.segments(1).get(0).path("subsegments").get(0);
        assertThat(call.path("name").asText()).isEqualTo("Sqs");
        assertThat(call.path("aws").path("operation").asText()).isEqualTo("SendMessage");
        assertThat(call.path("aws").path("queue_url").asText())
                .isEqualTo("http://sqs.us-east-1.localhost/123456789012/payments");
        JsonNode attribute = layer.aws.calls().get(0).body().path("MessageSystemAttributes").path("AWSTraceHeader");
        assertThat(attribute.path("DataType").asText()).isEqualTo("String");
        assertThat(attribute.path("StringValue").asText())
                .isEqualTo("Root=" + TRACE_ID + ";Parent=" + call.path("id").asText() + ";Sampled=1");
    }

    @Test
    void shouldLinkAnSqsInvocationToTheTracesOfItsMessages() throws Throwable {
        TracingHandler handler = layer.handler("dev.orderflow.xray.fixtures.DlqProcessorFixture",
                b -> b.annotateKeys(List.of("orderId")));

        String response = invoke(handler, event("sqs-dlq-batch.json"));

        assertThat(json(response).path("batchItemFailures").size()).isZero();
        JsonNode doc = layer.segments(1).get(0);
        assertThat(doc.path("annotations").path("EventSource").asText()).isEqualTo("sqs");
        assertThat(doc.path("annotations").path("UpstreamTraceId").asText()).isEqualTo(TRACE_ID);
        assertThat(doc.path("annotations").path("orderId").asText()).isEqualTo("o-123");
        assertThat(doc.path("metadata").path("lambda").path("upstream_trace_ids").toString())
                .isEqualTo("[\"" + TRACE_ID + "\",\"1-6740a1b3-aaaaaaaaaaaaaaaaaaaaaaaa\"]");
        JsonNode batch = layer.aws.calls().get(0).body();
        for (JsonNode entry : batch.path("Entries")) {
            assertThat(entry.path("MessageSystemAttributes").path("AWSTraceHeader").path("StringValue").asText())
                    .startsWith("Root=" + TRACE_ID + ";Parent=");
        }
        assertThat(doc.path("subsegments").get(0).path("aws").path("queue_url").asText())
                .isEqualTo("http://sqs.us-east-1.localhost/123456789012/parked");
    }

    @Test
    void shouldNotOverwriteATraceHeaderTheFunctionSetItself() throws Throwable {
        TracingHandler handler = layer.handler("dev.orderflow.xray.fixtures.EchoStreamFixture");
        invoke(handler, "{}");
        // The stream fixture makes no call; check the propagation rule directly on a request.
        software.amazon.awssdk.services.sqs.model.SendMessageRequest own =
                software.amazon.awssdk.services.sqs.model.SendMessageRequest.builder().queueUrl("q").messageBody("b")
                        .messageSystemAttributesWithStrings(java.util.Map.of("AWSTraceHeader",
                                software.amazon.awssdk.services.sqs.model.MessageSystemAttributeValue.builder()
                                        .dataType("String").stringValue("Root=mine").build()))
                        .build();
        com.amazonaws.xray.entities.Subsegment call = layer.recorder.beginSubsegment("Sqs");
        try {
            Object result = dev.orderflow.xray.internal.MessagingPropagation.propagate(own, call);
            assertThat(result).isSameAs(own);
        } finally {
            layer.recorder.endSubsegment();
        }
    }

    private static String flags(JsonNode doc) {
        StringBuilder b = new StringBuilder();
        for (String flag : List.of("fault", "error", "throttle")) {
            if (doc.path(flag).asBoolean(false)) {
                b.append(b.length() == 0 ? "" : " ").append(flag);
            }
        }
        return b.toString();
    }
}
