package dev.orderflow.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.domain.api.Json;
import dev.orderflow.domain.events.EventType;
import dev.orderflow.domain.inventory.InventoryUpdate;
import dev.orderflow.domain.order.Order;
import dev.orderflow.domain.order.OrderStatus;
import dev.orderflow.domain.outbox.OutboxRelay;
import dev.orderflow.localcloud.dynamodb.LocalDynamoDbExtension;
import dev.orderflow.testing.TestBackend;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

class OrderApiHandlerTest {

    @RegisterExtension
    static final LocalDynamoDbExtension DYNAMO = new LocalDynamoDbExtension();

    private TestBackend test;
    private OrderApiHandler handler;

    @BeforeEach
    void setUp() {
        test = new TestBackend(DYNAMO.client());
        test.backend.inventory().upsert(new InventoryUpdate("MUG-BLUE", "Blue mug", 1250, 10), test.clock.instant());
        test.backend.inventory().upsert(new InventoryUpdate("TEA-EARL", "Earl grey", 1200, 5), test.clock.instant());
        handler = new OrderApiHandler(OrderApiHandler.service(test.backend));
    }

    @ParameterizedTest
    @Event(value = "apigateway/events/post-order.json", type = APIGatewayProxyRequestEvent.class)
    void shouldPlaceAPricedPendingOrderAndPublishOrderPlaced(APIGatewayProxyRequestEvent request) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(request, null);

        assertThat(response.getStatusCode()).isEqualTo(201);
        JsonNode body = json(response);
        String orderId = body.get("orderId").asText();
        assertThat(body.get("status").asText()).isEqualTo("PENDING");
        assertThat(body.get("totalCents").asLong()).isEqualTo(2 * 1250 + 1200);
        assertThat(body.get("items").get(0).get("lineTotalCents").asLong()).isEqualTo(2500);
        assertThat(response.getHeaders()).containsEntry("Location", "/orders/" + orderId);
        assertThat(test.bus.published()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.ORDER_PLACED);
            assertThat(event.detail().orderId()).isEqualTo(orderId);
            assertThat(event.detail().lines()).hasSize(2);
        });
        assertThat(rows("OutboxTable")).as("published events leave the outbox").isZero();
    }

    @Test
    void shouldAnswerARetryWithTheSameKeyAndBodyWithTheSameOrder() {
        APIGatewayProxyResponseEvent first = handler.handleRequest(load("post-order.json"), null);
        APIGatewayProxyResponseEvent retry = handler.handleRequest(load("post-order.json"), null);

        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(retry.getStatusCode()).isEqualTo(200);
        assertThat(json(retry).get("orderId")).isEqualTo(json(first).get("orderId"));
        assertThat(rows("OrdersTable")).isEqualTo(1);
        assertThat(test.bus.published()).hasSize(1);
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherBody() {
        handler.handleRequest(load("post-order.json"), null);
        APIGatewayProxyResponseEvent conflict = handler.handleRequest(load("post-order-other-body.json"), null);

        assertThat(conflict.getStatusCode()).isEqualTo(409);
        assertThat(json(conflict).get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(rows("OrdersTable")).isEqualTo(1);
    }

    @Test
    void shouldPlaceTwoOrdersForTheSameBodyWithoutAKey() {
        handler.handleRequest(load("post-order-without-key.json"), null);
        handler.handleRequest(load("post-order-without-key.json"), null);
        assertThat(rows("OrdersTable")).isEqualTo(2);
    }

    @ParameterizedTest
    @Event(value = "apigateway/events/post-order-unknown-sku.json", type = APIGatewayProxyRequestEvent.class)
    void shouldNameAnUnknownSkuAndStoreNothing(APIGatewayProxyRequestEvent request) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(request, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("items[1].sku");
        assertThat(json(response).get("errors").get(0).get("message").asText()).isEqualTo("unknown SKU 'NO-SUCH-SKU'");
        assertThat(rows("OrdersTable")).isZero();
        assertThat(test.bus.published()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "apigateway/events/post-order-invalid.json", type = APIGatewayProxyRequestEvent.class)
    void shouldNameEveryBadFieldAndStoreNothing(APIGatewayProxyRequestEvent request) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(request, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").findValuesAsText("field")).containsExactly("customerId", "items[0].quantity");
        assertThat(json(response).get("requestId").asText()).isEqualTo("c6af9ac6-7b61-4e2b-8e0c-2a3f1d9e8b7c");
        assertThat(rows("OrdersTable")).isZero();
    }

    @Test
    void shouldRefuseAMalformedIdempotencyKey() {
        APIGatewayProxyRequestEvent request = load("post-order.json");
        request.setHeaders(Map.of("Idempotency-Key", "has spaces in it"));
        APIGatewayProxyResponseEvent response = handler.handleRequest(request, null);
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void shouldKeepTheOrderAndItsEventWhenTheBusIsDownAndRelayItExactlyOnce() {
        test.bus.down(true);
        APIGatewayProxyResponseEvent response = handler.handleRequest(load("post-order.json"), null);

        assertThat(response.getStatusCode()).as("the order is durable, so the request succeeds").isEqualTo(201);
        assertThat(test.bus.published()).isEmpty();
        assertThat(rows("OutboxTable")).isEqualTo(1);

        test.bus.down(false);
        OutboxRelay relay = new OutboxRelay(test.backend.outbox(), test.bus, OutboxRelay.DEFAULT_GRACE);
        assertThat(relay.relay(test.clock.instant()).published()).as("within the grace period").isZero();
        test.clock.advance(Duration.ofMinutes(1));
        assertThat(relay.relay(test.clock.instant()).published()).isEqualTo(1);
        assertThat(relay.relay(test.clock.instant()).published()).isZero();

        assertThat(test.bus.published()).singleElement()
                .satisfies(e -> assertThat(e.detail().orderId()).isEqualTo(json(response).get("orderId").asText()));
        assertThat(rows("OutboxTable")).isZero();
    }

    @Test
    void shouldReadAnOrderBackAndAnswer404ForAnUnknownOne() {
        String orderId = json(handler.handleRequest(load("post-order.json"), null)).get("orderId").asText();
        APIGatewayProxyRequestEvent get = load("get-order.json");
        get.setPathParameters(Map.of("orderId", orderId));

        APIGatewayProxyResponseEvent found = handler.handleRequest(get, null);
        assertThat(found.getStatusCode()).isEqualTo(200);
        assertThat(json(found).get("customerId").asText()).isEqualTo("cust-42");

        APIGatewayProxyResponseEvent missing = handler.handleRequest(load("get-order.json"), null);
        assertThat(missing.getStatusCode()).isEqualTo(404);
    }

    @Test
    void shouldPageACustomersOrdersNewestFirst() {
        for (int i = 0; i < 3; i++) {
            handler.handleRequest(load("post-order-without-key.json"), null);
            test.clock.advance(Duration.ofSeconds(1));
        }
        APIGatewayProxyRequestEvent list = load("list-orders.json");
        JsonNode first = json(handler.handleRequest(list, null));
        assertThat(first.get("orders")).hasSize(2);
        assertThat(first.get("orders").get(0).get("createdAt").asText())
                .isGreaterThan(first.get("orders").get(1).get("createdAt").asText());

        list.setQueryStringParameters(Map.of("customerId", "cust-42", "limit", "2", "nextToken", first.get("nextToken").asText()));
        JsonNode second = json(handler.handleRequest(list, null));
        assertThat(second.get("orders")).hasSize(1);
        assertThat(second.has("nextToken")).isFalse();
    }

    @Test
    void shouldNameABadListingParameter() {
        APIGatewayProxyRequestEvent list = load("list-orders.json");
        list.setQueryStringParameters(Map.of("customerId", "cust-42", "limit", "0"));
        assertThat(json(handler.handleRequest(list, null)).get("errors").get(0).get("field").asText()).isEqualTo("limit");
        list.setQueryStringParameters(Map.of("customerId", "cust-42", "nextToken", "garbage"));
        assertThat(json(handler.handleRequest(list, null)).get("errors").get(0).get("field").asText()).isEqualTo("nextToken");
        list.setQueryStringParameters(null);
        APIGatewayProxyResponseEvent missing = handler.handleRequest(list, null);
        assertThat(missing.getStatusCode()).isEqualTo(400);
        assertThat(json(missing).get("errors").get(0).get("field").asText()).isEqualTo("customerId");
    }

    @Test
    void shouldStoreTheOrderPendingWithItsLines() {
        String orderId = json(handler.handleRequest(load("post-order.json"), null)).get("orderId").asText();
        Order stored = test.backend.orders().find(orderId).orElseThrow();
        assertThat(stored.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(stored.lines()).extracting(l -> l.sku() + "x" + l.quantity()).containsExactly("MUG-BLUEx2", "TEA-EARLx1");
    }

    private static APIGatewayProxyRequestEvent load(String fixture) {
        return EventLoader.loadApiGatewayRestEvent("apigateway/events/" + fixture);
    }

    private static JsonNode json(APIGatewayProxyResponseEvent response) {
        return Json.parseTree(response.getBody()).orElseThrow();
    }

    private static int rows(String table) {
        return DYNAMO.client().scan(ScanRequest.builder().tableName(table).consistentRead(true).build()).count();
    }
}
