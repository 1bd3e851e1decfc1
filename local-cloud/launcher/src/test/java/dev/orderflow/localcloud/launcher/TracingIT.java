package dev.orderflow.localcloud.launcher;

import static dev.orderflow.localcloud.launcher.XRayReader.named;
import static dev.orderflow.localcloud.launcher.XRayReader.subsegments;
import static dev.orderflow.localcloud.launcher.XRayReader.withOrigin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderflow.localcloud.lambda.Isolation;
import dev.orderflow.localcloud.messaging.MessagingSettings;
import dev.orderflow.localcloud.testing.AwsCli;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.xray.model.Edge;
import software.amazon.awssdk.services.xray.model.Service;

/**
 * The real application traced end to end in the local cloud, with the X-Ray layer of the template
 * and functions in child JVMs (process isolation), read back with the SDK v2 XRayClient on the edge.
 * Orders go through the API; the notification consumer fails by configuration (--env-vars points its
 * table at one that does not exist), so each order also shows a fault, Lambda's two retries and the
 * dead-letter processor. Every request is sampled by a rule given with --sampling-rules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracingIT {

    static final int ORDERS = 3;
    static final String STAGE = "orderflow-dev-api/dev";
    static final String ORDER_FN = "orderflow-dev-OrderHandlerFunction";
    static final String INVENTORY_FN = "orderflow-dev-InventoryConsumerFunction";
    static final String PAYMENT_FN = "orderflow-dev-PaymentConsumerFunction";
    static final String NOTIFICATION_FN = "orderflow-dev-NotificationConsumerFunction";
    static final String DEAD_LETTER_FN = "orderflow-dev-DeadLetterProcessorFunction";
    static final String SAMPLE_EVERYTHING = "[{\"RuleName\":\"everything\",\"ResourceARN\":\"*\",\"Priority\":1,\"FixedRate\":1,"
            + "\"ReservoirSize\":0,\"ServiceName\":\"*\",\"ServiceType\":\"*\",\"Host\":\"*\",\"HTTPMethod\":\"*\","
            + "\"URLPath\":\"*\",\"Version\":1}]";
    private static final String CALLER_ROOT = "1-" + Long.toHexString(Instant.now().getEpochSecond()) + "-0000000000000000000ca11e";
    private static final String CALLER_PARENT = "00000000000ca11e";
    private static final Duration PATIENCE = Duration.ofSeconds(150);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<PlacedOrder> orders = new ArrayList<>();
    private final Instant t0 = Instant.now().minusSeconds(5);
    private LocalCloud cloud;
    private Path work;
    private XRayReader xray;
    private String unsampledRoot;

    record PlacedOrder(String orderId, String traceId, List<JsonNode> documents) {
    }

    @BeforeAll
    void start() throws Exception {
        work = Files.createTempDirectory("tracing-it");
        cloud = LocalCloud.start(LocalCloudSettings.builder().template(OrderApiContract.TEMPLATE).apiPort(0).edgePort(0)
                .isolation(Isolation.PROCESS).workDir(work.resolve("work")).functionConcurrency(1)
                .samplingRules(file("rules.json", SAMPLE_EVERYTHING))
                .envVars(file("env.json", "{\"NotificationConsumerFunction\":{\"NOTIFICATIONS_TABLE\":\"no-such-table\"}}"))
                .messaging(MessagingSettings.builder().asyncRetryDelay(Duration.ofMillis(200)).build())
                .logSink((function, requestId, text) -> { }).build());
        xray = new XRayReader(cloud.edgeUrl());
        // Stocked by an unsampled request: it must leave no trace.
        unsampledRoot = "1-" + Long.toHexString(Instant.now().getEpochSecond()) + "-00000000000000000000000a";
        HttpResponse<String> stocked = http.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/inventory/TRACE-MUG"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Traced mug\",\"priceCents\":900,\"available\":100}"))
                .header("Content-Type", "application/json").header("X-Amzn-Trace-Id", "Root=" + unsampledRoot + ";Sampled=0")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stocked.statusCode()).as(stocked.body()).isEqualTo(201);
        assertThat(stocked.headers().firstValue("X-Amzn-Trace-Id")).contains("Root=" + unsampledRoot + ";Sampled=0");
        List<HttpResponse<String>> placed = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            placed.add(post("{\"customerId\":\"cust-" + i + "\",\"items\":[{\"sku\":\"TRACE-MUG\",\"quantity\":1}]}",
                    i == 0 ? "Root=" + CALLER_ROOT + ";Parent=" + CALLER_PARENT + ";Sampled=1" : null));
        }
        Instant deadline = Instant.now().plus(PATIENCE);
        for (HttpResponse<String> response : placed) {
            String orderId = JSON.readTree(response.body()).path("orderId").asText();
            String traceId = response.headers().firstValue("X-Amzn-Trace-Id").orElseThrow().split(";")[0].substring(5);
            orders.add(new PlacedOrder(orderId, traceId, xray.awaitDocuments(traceId, TracingIT::complete, deadline)));
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (xray != null) {
            xray.close();
        }
        if (cloud != null) {
            cloud.close();
        }
        TestFiles.delete(work);
    }

    @Test
    void shouldHoldEachOrderInOneTraceFromTheApiStageToEveryConsumer() {
        for (PlacedOrder order : orders) {
            List<JsonNode> documents = order.documents();
            JsonNode stage = withOrigin(documents, "AWS::ApiGateway::Stage").get(0);
            JsonNode lambda = named(documents, "AWS::Lambda", ORDER_FN).get(0);
            JsonNode function = named(documents, "AWS::Lambda::Function", ORDER_FN).get(0);
            JsonNode handler = subsegments(function).stream().filter(s -> s.path("name").asText().equals("## handleRequest"))
                    .findFirst().orElseThrow();

            assertThat(stage.path("name").asText()).isEqualTo(STAGE);
            assertThat(stage.at("/http/response/status").asInt()).isEqualTo(201);
            assertThat(lambda.path("parent_id").asText()).as("API Gateway's Lambda call is the parent")
                    .isEqualTo(stage.at("/subsegments/0/id").asText());
            assertThat(function.path("parent_id").asText()).isEqualTo(lambda.path("id").asText());
            assertThat(handler.at("/annotations/orderId").asText()).isEqualTo(order.orderId());
            assertThat(subsegments(handler)).filteredOn(s -> s.path("namespace").asText().equals("aws"))
                    .extracting(s -> s.path("name").asText() + " " + s.at("/aws/operation").asText())
                    .contains("DynamoDb TransactWriteItems", "EventBridge PutEvents");
            assertThat(named(documents, "AWS::Lambda::Function", INVENTORY_FN)).as("reserve, then settle").hasSize(2);
            assertThat(named(documents, "AWS::Lambda::Function", PAYMENT_FN)).hasSize(1);
            assertThat(named(documents, "AWS::Lambda::Function", NOTIFICATION_FN)).as("the attempt and two retries")
                    .hasSize(3).allSatisfy(failed -> assertThat(failed.path("fault").asBoolean()).isTrue());
            assertThat(withOrigin(documents, "AWS::Lambda")).filteredOn(d -> !d.path("name").asText().equals(ORDER_FN))
                    .allSatisfy(consumer -> assertThat(eventBridgeCallIds(documents)).contains(consumer.path("parent_id").asText()));
            assertThat(xray.traceIds(t0, "annotation.orderId = \"" + order.orderId() + "\" AND service(\"" + STAGE + "\")"))
                    .containsExactly(order.traceId());
        }
        assertThat(orders).extracting(PlacedOrder::traceId).doesNotHaveDuplicates();
    }

    @Test
    void shouldContinueTheTraceOfAnIncomingHeader() {
        PlacedOrder first = orders.get(0);
        JsonNode stage = withOrigin(first.documents(), "AWS::ApiGateway::Stage").get(0);

        assertThat(first.traceId()).isEqualTo(CALLER_ROOT);
        assertThat(stage.path("parent_id").asText()).isEqualTo(CALLER_PARENT);
    }

    @Test
    void shouldDrawTheServiceGraphWithCountsOfTheOrdersPlaced() {
        Map<String, Service> graph = xray.serviceGraph(t0);

        assertThat(graph).containsKeys("client|client", STAGE + "|AWS::ApiGateway::Stage", ORDER_FN + "|AWS::Lambda",
                ORDER_FN + "|AWS::Lambda::Function", "EventBridge|AWS::Events", INVENTORY_FN + "|AWS::Lambda",
                INVENTORY_FN + "|AWS::Lambda::Function", PAYMENT_FN + "|AWS::Lambda::Function",
                NOTIFICATION_FN + "|AWS::Lambda::Function", "orderflow-dev-OrdersTable|AWS::DynamoDB::Table",
                "orderflow-dev-PaymentsTable|AWS::DynamoDB::Table", "no-such-table|AWS::DynamoDB::Table");
        assertThat(edge(graph, "client|client", STAGE + "|AWS::ApiGateway::Stage").summaryStatistics().totalCount())
                .isEqualTo(ORDERS);
        assertThat(edge(graph, STAGE + "|AWS::ApiGateway::Stage", ORDER_FN + "|AWS::Lambda").summaryStatistics().totalCount())
                .isEqualTo(ORDERS);
        assertThat(edge(graph, ORDER_FN + "|AWS::Lambda::Function", "EventBridge|AWS::Events").summaryStatistics().totalCount())
                .isEqualTo(ORDERS);
        assertThat(edge(graph, "EventBridge|AWS::Events", INVENTORY_FN + "|AWS::Lambda").summaryStatistics().totalCount())
                .isEqualTo(2 * ORDERS);
        assertThat(edge(graph, "EventBridge|AWS::Events", PAYMENT_FN + "|AWS::Lambda").summaryStatistics().totalCount())
                .isEqualTo(ORDERS);
        assertThat(edge(graph, "EventBridge|AWS::Events", NOTIFICATION_FN + "|AWS::Lambda").summaryStatistics().totalCount())
                .isEqualTo(3 * ORDERS);
        assertThat(graph.get(STAGE + "|AWS::ApiGateway::Stage").summaryStatistics().faultStatistics().totalCount()).isZero();
    }

    @Test
    void shouldShowTheFailingConsumersFaultOnItsNodeAndEdge() {
        Map<String, Service> graph = xray.serviceGraph(t0);
        Edge intoFunction = edge(graph, NOTIFICATION_FN + "|AWS::Lambda", NOTIFICATION_FN + "|AWS::Lambda::Function");

        assertThat(graph.get(NOTIFICATION_FN + "|AWS::Lambda::Function").summaryStatistics().faultStatistics().totalCount())
                .isEqualTo(3 * ORDERS);
        assertThat(intoFunction.summaryStatistics().faultStatistics().totalCount()).isEqualTo(3 * ORDERS);
        assertThat(intoFunction.summaryStatistics().okCount()).isZero();
        assertThat(edge(graph, NOTIFICATION_FN + "|AWS::Lambda::Function", "no-such-table|AWS::DynamoDB::Table")
                .summaryStatistics().errorStatistics().totalCount()).isEqualTo(3 * ORDERS);
        assertThat(graph.get(PAYMENT_FN + "|AWS::Lambda::Function").summaryStatistics().faultStatistics().totalCount()).isZero();
        assertThat(xray.traceIds(t0, "service(\"" + NOTIFICATION_FN + "\") AND fault"))
                .containsAll(orders.stream().map(PlacedOrder::traceId).collect(Collectors.toList()));
    }

    @Test
    void shouldStartANewTraceLinkedToTheOrdersForTheDeadLetterProcessor() throws Exception {
        List<String> orderTraces = orders.stream().map(PlacedOrder::traceId).toList();
        Instant deadline = Instant.now().plus(PATIENCE);
        List<String> linked = deadLetterLinks();
        while (!linked.containsAll(orderTraces) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            linked = deadLetterLinks();
        }

        assertThat(linked).as("the failed notifications' records reach the processor through SQS").containsAll(orderTraces);
        assertThat(xray.traceIds(t0, "service(\"" + DEAD_LETTER_FN + "\")")).as("new traces, as on AWS")
                .doesNotContainAnyElementsOf(orderTraces);
    }

    /** The trace ids the dead-letter processor's invocations link to. */
    private List<String> deadLetterLinks() {
        return xray.traceIds(t0, "service(\"" + DEAD_LETTER_FN + "\")").stream()
                .flatMap(id -> xray.documents(id).stream())
                .flatMap(document -> java.util.stream.StreamSupport.stream(document.path("links").spliterator(), false))
                .map(link -> link.path("trace_id").asText())
                .distinct().collect(Collectors.toList());
    }

    @Test
    void shouldRecordNothingOfAnUnsampledRequest() throws Exception {
        assertThat(cloud.xray().awaitIngested(Duration.ofSeconds(10))).isTrue();

        assertThat(xray.documents(unsampledRoot)).isEmpty();
        assertThat(cloud.xray().stats().dropped()).as("nothing the functions or the platform sent was refused").isZero();
    }

    @Test
    void shouldAnswerTheAwsCliOnTheEdgeEndpoint() throws Exception {
        assumeTrue(AwsCli.installed(), "the AWS CLI is not installed");
        String start = String.valueOf(t0.getEpochSecond());
        String end = String.valueOf(Instant.now().getEpochSecond() + 5);

        JsonNode graph = AwsCli.json(cloud.edgeUrl(), "xray", "get-service-graph", "--start-time", start, "--end-time", end);
        JsonNode faulty = AwsCli.json(cloud.edgeUrl(), "xray", "get-trace-summaries", "--start-time", start, "--end-time", end,
                "--filter-expression", "service(\"" + NOTIFICATION_FN + "\") AND fault");

        assertThat(graph.path("Services")).extracting(service -> service.path("Name").asText())
                .contains("client", STAGE, ORDER_FN, "EventBridge", NOTIFICATION_FN, "no-such-table");
        assertThat(faulty.path("TraceSummaries")).extracting(summary -> summary.path("Id").asText())
                .containsAll(orders.stream().map(PlacedOrder::traceId).collect(Collectors.toList()));
    }

    /** Every consumer of the order reported: the trace is complete. */
    private static boolean complete(List<JsonNode> documents) {
        return named(documents, "AWS::Lambda::Function", INVENTORY_FN).size() == 2
                && named(documents, "AWS::Lambda::Function", PAYMENT_FN).size() == 1
                && named(documents, "AWS::Lambda::Function", NOTIFICATION_FN).size() == 3
                && !named(documents, "AWS::Lambda::Function", ORDER_FN).isEmpty()
                && !withOrigin(documents, "AWS::ApiGateway::Stage").isEmpty();
    }

    /** The ids of the trace's EventBridge calls (PutEvents subsegments), the parents of the consumers' segments. */
    private static List<String> eventBridgeCallIds(List<JsonNode> documents) {
        return documents.stream().flatMap(d -> subsegments(d).stream())
                .filter(s -> s.path("name").asText().equals("EventBridge") && s.path("namespace").asText().equals("aws"))
                .map(s -> s.path("id").asText()).collect(Collectors.toList());
    }

    static Edge edge(Map<String, Service> graph, String from, String to) {
        Service source = graph.get(from);
        int target = graph.get(to).referenceId();
        return source.edges().stream().filter(e -> e.referenceId() == target).findFirst()
                .orElseThrow(() -> new AssertionError("no edge " + from + " -> " + to));
    }

    private HttpResponse<String> post(String body, String traceHeader) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/orders"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (traceHeader != null) {
            request.header("X-Amzn-Trace-Id", traceHeader);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(work.resolve(name), content);
    }
}
