package dev.orderflow.xray.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.AWSXRayRecorderBuilder;
import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.SegmentImpl;
import com.amazonaws.xray.entities.Subsegment;
import com.amazonaws.xray.entities.SubsegmentImpl;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The layer's document writer writes what the X-Ray SDK's own serializer writes, or leaves it to it. */
class SubsegmentDocumentsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AWSXRayRecorder recorder = AWSXRayRecorderBuilder.standard().build();
    private final Segment function = new SegmentImpl(recorder, "orders-api");
    private final SubsegmentDocuments documents = new SubsegmentDocuments();

    @Test
    void shouldWriteAHandlerSubsegmentWithItsSdkCallsAsTheSdkDoes() throws Exception {
        Subsegment handler = subsegment("## handleRequest", function);
        handler.putAnnotation("ColdStart", true);
        handler.putAnnotation("Service", "orderflow");
        handler.putAnnotation("orderId", "ord-\"7f3a\" \u00e9");
        handler.putAnnotation("quantity", 3);
        handler.putAnnotation("total", 12.5);
        handler.putMetadata("lambda", "function_name", "orders-api");
        handler.putMetadata("lambda", "memory_mb", 512);
        handler.putMetadata("lambda", "init_duration_ms", 1234L);
        handler.putMetadata("lambda", "upstream_trace_ids", List.of("1-6740a1b2-3f1e2d4c5b6a79880a1b2c3d"));
        handler.putMetadata("payload", "request", payload());
        handler.putHttp("response", Map.of("status", 503));
        handler.setFault(true);
        Subsegment call = subsegment("DynamoDb", handler);
        call.setNamespace("aws");
        call.putAws("operation", "GetItem");
        call.putAws("region", "us-east-1");
        call.putAws("table_name", "orders");
        call.putAws("retries", 0);
        call.putAws("consistent_read", true);
        call.putHttp("response", Map.of("status", 400, "content_length", 2L));
        call.setError(true);
        end(call);
        Subsegment events = subsegment("EventBridge", handler);
        events.setNamespace("aws");
        events.putAws("event_bus_names", List.of("orders"));
        events.putAws("detail_types", new ArrayList<>(List.of("OrderPlaced", "OrderPaid")));
        events.setThrottle(true);
        end(events);
        end(handler);

        assertSameAsTheSdk(handler);
    }

    @Test
    void shouldLeaveOutEmptyValuesAtAnyDepthAsTheSdkDoes() throws Exception {
        Subsegment s = subsegment("  spaced  name  ", function);
        Map<String, Object> nested = new HashMap<>();
        nested.put("null", null);
        nested.put("blank", "");
        nested.put("none", List.of());
        nested.put("nothing", Map.of());
        nested.put("deeper", new HashMap<>(Map.of("blank", "", "kept", 1)));
        nested.put("zero", 0);
        nested.put("false", false);
        nested.put("big", new BigDecimal("12345678901234567890.5"));
        nested.put("list with empties", java.util.Arrays.asList("", null, "x", List.of()));
        nested.put("text node", JSON.getNodeFactory().textNode(""));
        nested.put("full text node", JSON.getNodeFactory().textNode("x"));
        nested.put("empty object node", JSON.createObjectNode());
        nested.put("null node", JSON.getNodeFactory().nullNode());
        nested.put("array node", JSON.createArrayNode().add(1).addNull());
        s.putMetadata("ns", "nested", nested);
        s.putAnnotation("flag", false);
        s.putMetadata("ns", "blank", "");
        s.putMetadata("empty-namespace", new HashMap<>());
        s.putAws("blank", "");
        s.setNamespace("");
        s.putSql("url", "jdbc:x");
        s.setPrecursorIds(Set.of("53995c3f42cd8ad8"));

        assertSameAsTheSdk(s);
    }

    @Test
    void shouldWriteAnInProgressSubsegmentAsTheSdkDoes() throws Exception {
        Subsegment s = subsegment("## handleRequest", function);
        s.putAnnotation("ColdStart", false);

        assertThat(s.isInProgress()).isTrue();
        assertSameAsTheSdk(s);
    }

    @Test
    void shouldLeaveExceptionsAndOtherTypesToTheSdksSerializer() {
        Subsegment failed = subsegment("## handleRequest", function);
        failed.addException(new IllegalStateException("boom"));
        Subsegment parentOfFailed = subsegment("## handleRequest", function);
        subsegment("DynamoDb", parentOfFailed).addException(new IllegalStateException("remote"));
        Subsegment odd = subsegment("## handleRequest", function);
        odd.putMetadata("ns", "when", Instant.EPOCH);

        assertThat(documents.stream(failed)).isNull();
        assertThat(documents.stream(parentOfFailed)).isNull();
        assertThat(documents.stream(odd)).isNull();
    }

    private Subsegment subsegment(String name, com.amazonaws.xray.entities.Entity parent) {
        Subsegment s = new SubsegmentImpl(recorder, name, function);
        s.setParent(parent);
        if (parent != function) {
            parent.addSubsegment(s);
        }
        return s;
    }

    private static void end(Subsegment s) {
        s.setEndTime(s.getStartTime() + 0.0125);
        s.setInProgress(false);
    }

    private static JsonNode payload() throws Exception {
        ObjectNode payload = (ObjectNode) JSON.readTree("{\"httpMethod\":\"POST\",\"queryStringParameters\":null,"
                + "\"headers\":{},\"body\":{\"email\":\"[redacted]\",\"items\":[{\"sku\":\"SKU-1\",\"quantity\":2}],"
                + "\"note\":\"\"},\"isBase64Encoded\":false}");
        return payload;
    }

    private void assertSameAsTheSdk(Subsegment s) throws Exception {
        String ours = documents.stream(s);
        assertThat(ours).isNotNull();
        assertThat(JSON.readTree(ours)).isEqualTo(JSON.readTree(s.streamSerialize()));
    }
}
