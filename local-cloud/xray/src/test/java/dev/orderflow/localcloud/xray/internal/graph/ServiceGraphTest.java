package dev.orderflow.localcloud.xray.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.orderflow.localcloud.xray.OrderTraceFixture;
import dev.orderflow.localcloud.xray.internal.TestTraces;
import dev.orderflow.localcloud.xray.internal.query.TraceView;
import dev.orderflow.localcloud.xray.internal.store.StoredTrace;
import dev.orderflow.localcloud.xray.internal.store.TraceStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceGraphTest {

    private static ArrayNode graphOf(int orders, int failing) {
        List<String> documents = new ArrayList<>();
        Instant t0 = Instant.now().minusSeconds(60);
        for (int i = 0; i < orders; i++) {
            documents.addAll(OrderTraceFixture.order(t0.plusMillis(i * 500L), "o-" + i, i < failing, i == 0).documents);
        }
        TraceStore store = TestTraces.store(documents);
        ServiceGraphBuilder builder = new ServiceGraphBuilder();
        for (StoredTrace trace : store.traces()) {
            builder.add(TraceView.of(trace).graph());
        }
        return builder.toServices();
    }

    /** "name|type" to service. */
    private static Map<String, JsonNode> byKey(ArrayNode services) {
        Map<String, JsonNode> result = new HashMap<>();
        services.forEach(s -> result.put(s.path("Name").asText() + "|" + s.path("Type").asText(), s));
        return result;
    }

    private static JsonNode edge(ArrayNode services, String from, String to) {
        Map<String, JsonNode> keyed = byKey(services);
        int target = keyed.get(to).path("ReferenceId").asInt();
        for (JsonNode edge : keyed.get(from).path("Edges")) {
            if (edge.path("ReferenceId").asInt() == target) {
                return edge;
            }
        }
        throw new AssertionError("no edge " + from + " -> " + to + " in " + services.toPrettyString());
    }

    @Test
    void shouldDrawTheNodesTheConsoleDrawsForAnOrder() {
        ArrayNode services = graphOf(1, 0);
        assertThat(byKey(services).keySet()).containsExactlyInAnyOrder(
                "client|client",
                "orderflow-api/Prod|AWS::ApiGateway::Stage",
                "orderflow-order|AWS::Lambda",
                "orderflow-order|AWS::Lambda::Function",
                "Orders|AWS::DynamoDB::Table",
                "EventBridge|AWS::Events",
                "orderflow-notify|AWS::Lambda",
                "orderflow-notify|AWS::Lambda::Function");
        assertThat(byKey(services).get("orderflow-api/Prod|AWS::ApiGateway::Stage").path("Root").asBoolean()).isTrue();
        assertThat(byKey(services).get("orderflow-order|AWS::Lambda").path("Root").asBoolean()).isFalse();
    }

    @Test
    void shouldConnectTheNodesAsTheCallsWent() {
        ArrayNode services = graphOf(1, 0);
        edge(services, "client|client", "orderflow-api/Prod|AWS::ApiGateway::Stage");
        edge(services, "orderflow-api/Prod|AWS::ApiGateway::Stage", "orderflow-order|AWS::Lambda");
        edge(services, "orderflow-order|AWS::Lambda", "orderflow-order|AWS::Lambda::Function");
        edge(services, "orderflow-order|AWS::Lambda::Function", "Orders|AWS::DynamoDB::Table");
        edge(services, "orderflow-order|AWS::Lambda::Function", "EventBridge|AWS::Events");
        edge(services, "EventBridge|AWS::Events", "orderflow-notify|AWS::Lambda");
        edge(services, "orderflow-notify|AWS::Lambda", "orderflow-notify|AWS::Lambda::Function");
        edge(services, "orderflow-notify|AWS::Lambda::Function", "Orders|AWS::DynamoDB::Table");
        int edges = 0;
        for (JsonNode service : services) {
            edges += service.path("Edges").size();
        }
        assertThat(edges).isEqualTo(8);
    }

    @Test
    void shouldCountEveryOrderOnEveryEdgeAndShowFaults() {
        ArrayNode services = graphOf(5, 2);
        JsonNode clientEdge = edge(services, "client|client", "orderflow-api/Prod|AWS::ApiGateway::Stage");
        assertThat(clientEdge.at("/SummaryStatistics/TotalCount").asLong()).isEqualTo(5);
        assertThat(clientEdge.at("/SummaryStatistics/OkCount").asLong()).isEqualTo(5);
        JsonNode failing = edge(services, "orderflow-notify|AWS::Lambda", "orderflow-notify|AWS::Lambda::Function");
        assertThat(failing.at("/SummaryStatistics/FaultStatistics/TotalCount").asLong()).isEqualTo(2);
        assertThat(failing.at("/SummaryStatistics/OkCount").asLong()).isEqualTo(3);
        JsonNode consumer = byKey(services).get("orderflow-notify|AWS::Lambda::Function");
        assertThat(consumer.at("/SummaryStatistics/FaultStatistics/TotalCount").asLong()).isEqualTo(2);
        JsonNode table = byKey(services).get("Orders|AWS::DynamoDB::Table");
        assertThat(table.at("/SummaryStatistics/TotalCount").asLong()).isEqualTo(10);
        long histogramCount = 0;
        for (JsonNode bucket : clientEdge.path("ResponseTimeHistogram")) {
            histogramCount += bucket.path("Count").asLong();
        }
        assertThat(histogramCount).isEqualTo(5);
    }

    @Test
    void shouldGiveTheClientNodeNoStatisticsOfItsOwn() {
        JsonNode client = byKey(graphOf(1, 0)).get("client|client");
        assertThat(client.has("SummaryStatistics")).isFalse();
        assertThat(client.path("Edges")).hasSize(1);
    }
}
