package dev.orderflow.localcloud.xray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.testing.AwsCli;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.platform.SegmentIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The AWS CLI (installed on these machines) reading traces and the service graph from the local X-Ray. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwsCliIT {

    private LocalXRay xray;
    private final List<OrderTraceFixture> orders = new ArrayList<>();
    private final Instant t0 = Instant.now().minusSeconds(20);

    @BeforeAll
    void start() {
        assumeTrue(AwsCli.installed(), "the AWS CLI is not installed");
        xray = LocalXRay.builder().address("127.0.0.1:0").start();
        for (int i = 0; i < 3; i++) {
            OrderTraceFixture order = OrderTraceFixture.order(t0.plusMillis(i * 100L), "cli-" + i, i == 2, false);
            orders.add(order);
            order.documents.forEach(xray.emitter()::emit);
        }
        Await.accepted(xray, orders.stream().mapToLong(o -> o.documents.size()).sum());
    }

    @AfterAll
    void stop() {
        if (xray != null) {
            xray.close();
        }
    }

    private JsonNode aws(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xray"));
        command.addAll(List.of(args));
        return AwsCli.json(Clients.endpoint(xray).toString(), command.toArray(String[]::new));
    }

    private String[] window() {
        return new String[] {"--start-time", String.valueOf(t0.getEpochSecond() - 60),
                "--end-time", String.valueOf(Instant.now().getEpochSecond() + 60)};
    }

    @Test
    void shouldListTraceSummaries() throws Exception {
        String[] w = window();
        JsonNode result = aws("get-trace-summaries", w[0], w[1], w[2], w[3]);
        assertThat(result.path("TraceSummaries")).extracting(s -> s.path("Id").asText())
                .containsExactlyInAnyOrder(orders.get(0).traceId, orders.get(1).traceId, orders.get(2).traceId);
        JsonNode faulty = aws("get-trace-summaries", w[0], w[1], w[2], w[3], "--filter-expression", "fault");
        assertThat(faulty.path("TraceSummaries")).singleElement()
                .satisfies(s -> assertThat(s.path("Id").asText()).isEqualTo(orders.get(2).traceId));
    }

    @Test
    void shouldGetTheSegmentsOfATrace() throws Exception {
        JsonNode result = aws("batch-get-traces", "--trace-ids", orders.get(0).traceId);
        JsonNode trace = result.path("Traces").get(0);
        assertThat(trace.path("Id").asText()).isEqualTo(orders.get(0).traceId);
        assertThat(trace.path("Segments")).hasSize(8);
        assertThat(Json.read(trace.path("Segments").get(0).path("Document").asText()).path("trace_id").asText())
                .isEqualTo(orders.get(0).traceId);
    }

    @Test
    void shouldDrawTheServiceGraph() throws Exception {
        String[] w = window();
        JsonNode result = aws("get-service-graph", w[0], w[1], w[2], w[3]);
        assertThat(result.path("Services")).extracting(s -> s.path("Name").asText() + "|" + s.path("Type").asText(""))
                .contains("client|client", "orderflow-api/Prod|AWS::ApiGateway::Stage", "orderflow-order|AWS::Lambda",
                        "orderflow-notify|AWS::Lambda::Function", "Orders|AWS::DynamoDB::Table", "EventBridge|AWS::Events");
        assertThat(aws("get-trace-graph", "--trace-ids", orders.get(1).traceId).path("Services")).hasSize(8);
    }

    @Test
    void shouldListTheSamplingRules() throws Exception {
        JsonNode rules = aws("get-sampling-rules");
        assertThat(rules.path("SamplingRuleRecords")).singleElement().satisfies(r -> {
            assertThat(r.at("/SamplingRule/RuleName").asText()).isEqualTo("Default");
            assertThat(r.at("/SamplingRule/FixedRate").asDouble()).isEqualTo(0.05);
        });
    }

    @Test
    void shouldFollowPagesToTheEnd() throws Exception {
        Instant base = Instant.now().minusSeconds(7200);
        for (int i = 0; i < 150; i++) {
            xray.emitter().emit(TestDocs.text(TestDocs.segment(SegmentIds.newTraceId(base), TestDocs.id(), "cli-paging",
                    base.getEpochSecond(), base.getEpochSecond() + 1)));
        }
        Await.accepted(xray, orders.stream().mapToLong(o -> o.documents.size()).sum() + 150);
        JsonNode result = aws("get-trace-summaries", "--start-time", String.valueOf(base.getEpochSecond() - 1),
                "--end-time", String.valueOf(base.getEpochSecond() + 1));
        assertThat(result.path("TraceSummaries")).hasSize(150);
    }
}
