package dev.orderflow.localcloud.xray;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.xray.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.xray.XRayClient;
import software.amazon.awssdk.services.xray.model.Service;

/** What the traces of python-sdk/emit.py must look like once collected, live or replayed. */
final class PythonTraceChecks {

    private PythonTraceChecks() {
    }

    static List<JsonNode> documents(XRayClient client, String traceId) throws Exception {
        List<JsonNode> docs = new ArrayList<>();
        for (var segment : client.batchGetTraces(b -> b.traceIds(traceId)).traces().get(0).segments()) {
            docs.add(Json.read(segment.document()));
        }
        return docs;
    }

    static void checkWholeSegment(XRayClient client, String traceId) throws Exception {
        List<JsonNode> docs = documents(client, traceId);
        JsonNode segment = docs.stream().filter(d -> d.path("name").asText().equals("python-orders")).findFirst().orElseThrow();
        assertThat(segment.path("subsegments")).extracting(s -> s.path("name").asText())
                .containsExactly("DynamoDB", "payments.example.com");
        assertThat(docs).filteredOn(d -> d.path("inferred").asBoolean()).extracting(d -> d.path("origin").asText())
                .containsExactlyInAnyOrder("AWS::DynamoDB::Table", "remote");
        Map<String, Service> graph = client.getTraceGraph(b -> b.traceIds(traceId)).services().stream()
                .collect(Collectors.toMap(Service::name, s -> s));
        assertThat(graph).containsOnlyKeys("client", "python-orders", "Orders", "payments.example.com");
        assertThat(graph.get("payments.example.com").summaryStatistics().faultStatistics().totalCount()).isEqualTo(1);
        assertThat(graph.get("python-orders").edges()).hasSize(2);
    }

    static void checkStreamedSegment(XRayClient client, String traceId) throws Exception {
        List<JsonNode> docs = documents(client, traceId);
        List<JsonNode> real = docs.stream().filter(d -> !d.path("inferred").asBoolean()).collect(Collectors.toList());
        assertThat(real).singleElement().satisfies(segment -> {
            assertThat(segment.path("name").asText()).isEqualTo("python-streamed");
            assertThat(segment.at("/subsegments/0/name").asText()).isEqualTo("handler");
            assertThat(segment.at("/subsegments/0/subsegments/0/name").asText()).isEqualTo("DynamoDB");
        });
        assertThat(docs).filteredOn(d -> d.path("inferred").asBoolean())
                .singleElement().satisfies(d -> assertThat(d.at("/aws/table_name").asText()).isEqualTo("Inventory"));
    }
}
