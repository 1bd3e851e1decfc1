package dev.orderflow.localcloud.xray.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.OrderTraceFixture;
import dev.orderflow.localcloud.xray.TestDocs;
import dev.orderflow.localcloud.xray.internal.TestTraces;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.internal.query.TraceAssembler.AssembledSegment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceAssemblerTest {

    private static List<JsonNode> assemble(List<String> documents) throws Exception {
        List<JsonNode> result = new ArrayList<>();
        for (AssembledSegment segment : TraceAssembler.assemble(TestTraces.view(documents))) {
            JsonNode json = Json.read(segment.document());
            assertThat(json.path("id").asText()).isEqualTo(segment.id());
            result.add(json);
        }
        return result;
    }

    private static JsonNode withOrigin(List<JsonNode> docs, String origin, String name) {
        return docs.stream().filter(d -> origin.equals(d.path("origin").asText()) && name.equals(d.path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + origin + " " + name + " in " + docs));
    }

    @Test
    void shouldMergeTheFunctionsSubsegmentsUnderInvocation() throws Exception {
        OrderTraceFixture order = OrderTraceFixture.order(Instant.now(), "o-1", false, true);
        List<JsonNode> docs = assemble(order.documents);
        JsonNode function = withOrigin(docs, "AWS::Lambda::Function", OrderTraceFixture.ORDER_FN);
        assertThat(function.path("subsegments")).extracting(s -> s.path("name").asText())
                .containsExactly("Initialization", "Invocation", "Overhead");
        JsonNode invocation = function.path("subsegments").get(1);
        assertThat(invocation.path("subsegments")).extracting(s -> s.path("name").asText())
                .containsExactly("DynamoDb", "EventBridge");
        JsonNode merged = invocation.path("subsegments").get(0);
        assertThat(merged.has("type")).isFalse();
        assertThat(merged.has("parent_id")).isFalse();
        assertThat(merged.has("trace_id")).isFalse();
        assertThat(docs).noneMatch(d -> "subsegment".equals(d.path("type").asText()));
    }

    @Test
    void shouldInferSegmentsForCallsNoServiceAnswered() throws Exception {
        OrderTraceFixture order = OrderTraceFixture.order(Instant.now(), "o-1", false, false);
        List<JsonNode> docs = assemble(order.documents);
        List<JsonNode> inferred = docs.stream().filter(d -> d.path("inferred").asBoolean()).toList();
        assertThat(inferred).extracting(d -> d.path("origin").asText())
                .containsExactlyInAnyOrder("AWS::DynamoDB::Table", "AWS::DynamoDB::Table", "AWS::Events");
        JsonNode table = inferred.stream().filter(d -> d.path("origin").asText().endsWith("Table")).findFirst().orElseThrow();
        assertThat(table.path("aws").path("table_name").asText()).isEqualTo("Orders");
        assertThat(table.path("trace_id").asText()).isEqualTo(order.traceId);
        assertThat(table.has("namespace")).isFalse();
        // API Gateway's Lambda call is answered by the AWS::Lambda segment: nothing is inferred for it.
        assertThat(inferred).noneMatch(d -> d.path("origin").asText().equals("AWS::Lambda"));
    }

    @Test
    void shouldReturnTheSameInferredIdsEveryTime() throws Exception {
        OrderTraceFixture order = OrderTraceFixture.order(Instant.now(), "o-1", false, false);
        assertThat(assemble(order.documents).toString()).isEqualTo(assemble(order.documents).toString());
    }

    @Test
    void shouldKeepASubsegmentWhoseParentHasNotArrived() throws Exception {
        String trace = TestDocs.traceId();
        ObjectNode orphan = TestDocs.subsegment(trace, TestDocs.id(), "ffffffffffffffff", "work", TestDocs.now(), TestDocs.now());
        List<JsonNode> docs = assemble(List.of(TestDocs.text(orphan)));
        assertThat(docs).singleElement().satisfies(d -> assertThat(d.path("parent_id").asText()).isEqualTo("ffffffffffffffff"));
    }

    @Test
    void shouldNestASubsegmentUnderAnotherIndependentOne() throws Exception {
        String trace = TestDocs.traceId();
        double t = TestDocs.now();
        ObjectNode root = TestDocs.segment(trace, "000000000000000a", "svc", t, t + 1);
        ObjectNode outer = TestDocs.subsegment(trace, "000000000000000b", "000000000000000a", "outer", t, t + 0.5);
        ObjectNode inner = TestDocs.subsegment(trace, "000000000000000c", "000000000000000b", "inner", t, t + 0.2);
        List<JsonNode> docs = assemble(List.of(TestDocs.text(inner), TestDocs.text(root), TestDocs.text(outer)));
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).at("/subsegments/0/subsegments/0/name").asText()).isEqualTo("inner");
    }
}
