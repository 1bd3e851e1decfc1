package dev.orderflow.localcloud.xray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.xray.internal.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.xray.XRayClient;
import software.amazon.awssdk.services.xray.model.BatchGetTracesResponse;
import software.amazon.awssdk.services.xray.model.Edge;
import software.amazon.awssdk.services.xray.model.GetSamplingRulesResponse;
import software.amazon.awssdk.services.xray.model.GetSamplingTargetsResponse;
import software.amazon.awssdk.services.xray.model.GetServiceGraphResponse;
import software.amazon.awssdk.services.xray.model.GetTraceSummariesRequest;
import software.amazon.awssdk.services.xray.model.GetTraceSummariesResponse;
import software.amazon.awssdk.services.xray.model.InvalidRequestException;
import software.amazon.awssdk.services.xray.model.SamplingStatisticsDocument;
import software.amazon.awssdk.services.xray.model.Segment;
import software.amazon.awssdk.services.xray.model.Service;
import software.amazon.awssdk.services.xray.model.TraceSummary;

/** The X-Ray API proven with the real AWS SDK v2 XRayClient, over the daemon's TCP port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XRayClientIT {

    private static final int ORDERS = 5;
    private static final int FAILING = 2;

    private LocalXRay xray;
    private XRayClient client;
    private final List<OrderTraceFixture> orders = new ArrayList<>();
    private final Instant t0 = Instant.now().minusSeconds(30);

    @BeforeAll
    void start() {
        xray = LocalXRay.builder().address("127.0.0.1:0")
                .samplingRules("[{\"SamplingRule\":{\"RuleName\":\"orders\",\"ResourceARN\":\"*\",\"Priority\":10,"
                        + "\"FixedRate\":0.5,\"ReservoirSize\":4,\"ServiceName\":\"orderflow-*\",\"ServiceType\":\"*\","
                        + "\"Host\":\"*\",\"HTTPMethod\":\"POST\",\"URLPath\":\"/orders\",\"Version\":1}}]")
                .start();
        client = Clients.xray(xray);
        // Platform segments and SDK subsegments arrive over UDP, as from the platform and the functions.
        try (UdpSegmentEmitter udp = new UdpSegmentEmitter(xray.daemonAddress())) {
            for (int i = 0; i < ORDERS; i++) {
                OrderTraceFixture order = OrderTraceFixture.order(t0.plusMillis(i * 300L), "o-" + i, i < FAILING, i == 0);
                orders.add(order);
                order.documents.forEach(udp::emit);
            }
        }
        Await.accepted(xray, orders.stream().mapToLong(o -> o.documents.size()).sum());
    }

    @AfterAll
    void stop() {
        client.close();
        xray.close();
    }

    private GetTraceSummariesRequest.Builder summaries() {
        return GetTraceSummariesRequest.builder().startTime(t0.minusSeconds(60)).endTime(Instant.now().plusSeconds(60));
    }

    private List<TraceSummary> all(GetTraceSummariesRequest request) {
        return client.getTraceSummariesPaginator(request).traceSummaries().stream().collect(Collectors.toList());
    }

    @Test
    void shouldFindOneTracePerOrder() {
        List<TraceSummary> found = all(summaries().build());
        assertThat(found).extracting(TraceSummary::id)
                .containsAll(orders.stream().map(o -> o.traceId).collect(Collectors.toList()));
        TraceSummary first = found.stream().filter(s -> s.id().equals(orders.get(0).traceId)).findFirst().orElseThrow();
        assertThat(first.http().httpStatus()).isEqualTo(201);
        assertThat(first.http().httpMethod()).isEqualTo("POST");
        assertThat(first.entryPoint().name()).isEqualTo(OrderTraceFixture.STAGE_NAME);
        assertThat(first.entryPoint().type()).isEqualTo("AWS::ApiGateway::Stage");
        assertThat(first.serviceIds()).extracting(s -> s.name()).contains("Orders", OrderTraceFixture.CONSUMER_FN);
        assertThat(first.annotations().get("order_id")).singleElement()
                .satisfies(v -> assertThat(v.annotationValue().stringValue()).isEqualTo("o-0"));
        assertThat(first.startTime()).isBetween(t0.minusSeconds(1), t0.plusSeconds(1));
        assertThat(first.duration()).isPositive();
    }

    @Test
    void shouldFilterWithTheFilterExpression() {
        assertThat(all(summaries().filterExpression("fault").build())).hasSize(FAILING);
        assertThat(all(summaries().filterExpression("annotation.order_id = \"o-3\"").build()))
                .singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(orders.get(3).traceId));
        assertThat(all(summaries().filterExpression("service(\"orderflow-notify\") AND NOT fault").build()))
                .hasSize(ORDERS - FAILING);
        assertThat(all(summaries().filterExpression("http.url CONTAINS \"/orders\" AND responsetime < 10").build()))
                .hasSize(ORDERS);
    }

    @Test
    void shouldSelectByEventTimeToo() {
        GetTraceSummariesResponse page = client.getTraceSummaries(summaries().timeRangeType("Event").build());
        assertThat(page.traceSummaries()).hasSize(ORDERS);
        assertThat(page.traceSummaries()).allSatisfy(s -> assertThat(s.matchedEventTime()).isNotNull());
        assertThat(page.nextToken()).isNull();
        assertThat(page.tracesProcessedCount()).isEqualTo(ORDERS);
    }

    @Test
    void shouldRefuseAnUnsupportedFilterAsInvalidRequest() {
        assertThatThrownBy(() -> client.getTraceSummaries(summaries().filterExpression("edge(\"a\", \"b\")").build()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).startsWith("FilterExpression: function 'edge()'");
                });
    }

    @Test
    void shouldReturnTheAssembledDocumentsOfATrace() throws Exception {
        OrderTraceFixture order = orders.get(0);
        BatchGetTracesResponse response = client.batchGetTraces(b -> b.traceIds(order.traceId, "1-00000000-000000000000000000000000"));
        assertThat(response.unprocessedTraceIds()).containsExactly("1-00000000-000000000000000000000000");
        assertThat(response.nextToken()).isNull();
        List<Segment> segments = response.traces().get(0).segments();
        List<JsonNode> documents = new ArrayList<>();
        for (Segment segment : segments) {
            documents.add(Json.read(segment.document()));
        }
        assertThat(documents).extracting(d -> d.path("origin").asText()).containsExactlyInAnyOrder(
                "AWS::ApiGateway::Stage", "AWS::Lambda", "AWS::Lambda::Function", "AWS::Lambda", "AWS::Lambda::Function",
                "AWS::DynamoDB::Table", "AWS::DynamoDB::Table", "AWS::Events");
        JsonNode function = documents.stream().filter(d -> d.path("id").asText().equals(order.functionSegmentId))
                .findFirst().orElseThrow();
        assertThat(function.at("/subsegments/1/name").asText()).isEqualTo("Invocation");
        assertThat(function.at("/subsegments/1/subsegments")).extracting(s -> s.path("name").asText())
                .containsExactly("DynamoDb", "EventBridge");
        assertThat(response.traces().get(0).duration()).isPositive();
        assertThat(response.traces().get(0).limitExceeded()).isFalse();
    }

    @Test
    void shouldDrawTheServiceGraphWithCountsThatMatchTheOrders() {
        GetServiceGraphResponse graph = client.getServiceGraph(b -> b.startTime(t0.minusSeconds(60)).endTime(Instant.now()));
        Map<String, Service> byKey = graph.services().stream()
                .collect(Collectors.toMap(s -> s.name() + "|" + s.type(), s -> s));
        assertThat(byKey).containsKeys("client|client", "orderflow-api/Prod|AWS::ApiGateway::Stage",
                "orderflow-order|AWS::Lambda", "orderflow-order|AWS::Lambda::Function", "Orders|AWS::DynamoDB::Table",
                "EventBridge|AWS::Events", "orderflow-notify|AWS::Lambda", "orderflow-notify|AWS::Lambda::Function");
        Service client = byKey.get("client|client");
        Edge toStage = client.edges().get(0);
        assertThat(toStage.referenceId()).isEqualTo(byKey.get("orderflow-api/Prod|AWS::ApiGateway::Stage").referenceId());
        assertThat(toStage.summaryStatistics().totalCount()).isEqualTo(ORDERS);
        Service consumerService = byKey.get("orderflow-notify|AWS::Lambda");
        Edge toConsumerFunction = consumerService.edges().get(0);
        assertThat(toConsumerFunction.summaryStatistics().faultStatistics().totalCount()).isEqualTo(FAILING);
        assertThat(byKey.get("orderflow-notify|AWS::Lambda::Function").summaryStatistics().faultStatistics().totalCount())
                .isEqualTo(FAILING);
        assertThat(byKey.get("orderflow-api/Prod|AWS::ApiGateway::Stage").root()).isTrue();
        assertThat(graph.containsOldGroupVersions()).isFalse();
        assertThat(graph.nextToken()).isNull();
        assertThat(toStage.responseTimeHistogram()).isNotEmpty();
    }

    @Test
    void shouldDrawTheGraphOfOneTrace() {
        List<Service> services = client.getTraceGraph(b -> b.traceIds(orders.get(4).traceId)).services();
        assertThat(services).hasSize(8);
        assertThat(services.stream().mapToInt(s -> s.edges().size()).sum()).isEqualTo(8);
    }

    @Test
    void shouldPageTraceSummariesAndEndWithoutNextToken() {
        Instant base = Instant.now().minusSeconds(3600);
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            documents.add(TestDocs.text(TestDocs.segment(dev.orderflow.localcloud.xray.platform.SegmentIds.newTraceId(base),
                    TestDocs.id(), "paging-svc", base.getEpochSecond() + i / 1000.0, base.getEpochSecond() + 1)));
        }
        for (int from = 0; from < documents.size(); from += 50) {
            List<String> batch = documents.subList(from, Math.min(documents.size(), from + 50));
            assertThat(client.putTraceSegments(b -> b.traceSegmentDocuments(batch)).unprocessedTraceSegments()).isEmpty();
        }
        GetTraceSummariesRequest request = GetTraceSummariesRequest.builder()
                .startTime(base.minusSeconds(1)).endTime(base.plusSeconds(1)).build();
        List<GetTraceSummariesResponse> pages = client.getTraceSummariesPaginator(request).stream().collect(Collectors.toList());
        assertThat(pages).hasSize(3);
        assertThat(pages.get(2).nextToken()).isNull();
        assertThat(pages.stream().mapToInt(p -> p.traceSummaries().size()).sum()).isEqualTo(230);
        assertThat(pages.stream().flatMap(p -> p.traceSummaries().stream()).map(TraceSummary::id).distinct().count()).isEqualTo(230);
    }

    @Test
    void shouldServeSamplingRulesAndTargets() {
        GetSamplingRulesResponse rules = client.getSamplingRules(b -> { });
        assertThat(rules.samplingRuleRecords()).extracting(r -> r.samplingRule().ruleName()).containsExactly("orders", "Default");
        var defaultRule = rules.samplingRuleRecords().get(1).samplingRule();
        assertThat(defaultRule.reservoirSize()).isEqualTo(1);
        assertThat(defaultRule.fixedRate()).isEqualTo(0.05);
        assertThat(defaultRule.ruleARN()).isEqualTo("arn:aws:xray:us-east-1:000000000000:sampling-rule/Default");
        assertThat(rules.samplingRuleRecords().get(0).createdAt()).isNotNull();

        GetSamplingTargetsResponse targets = client.getSamplingTargets(b -> b.samplingStatisticsDocuments(
                SamplingStatisticsDocument.builder().ruleName("orders").clientID("0123456789abcdef01234567")
                        .timestamp(Instant.now()).requestCount(10).sampledCount(5).borrowCount(0).build(),
                SamplingStatisticsDocument.builder().ruleName("nope").clientID("0123456789abcdef01234567")
                        .timestamp(Instant.now()).requestCount(1).sampledCount(1).build()));
        assertThat(targets.samplingTargetDocuments()).singleElement().satisfies(t -> {
            assertThat(t.ruleName()).isEqualTo("orders");
            assertThat(t.fixedRate()).isEqualTo(0.5);
            assertThat(t.reservoirQuota()).isEqualTo(4);
            assertThat(t.interval()).isEqualTo(10);
            assertThat(t.reservoirQuotaTTL()).isAfter(Instant.now());
        });
        assertThat(targets.unprocessedStatistics()).singleElement().satisfies(u -> assertThat(u.ruleName()).isEqualTo("nope"));
        assertThat(targets.lastRuleModification()).isNotNull();
    }
}
