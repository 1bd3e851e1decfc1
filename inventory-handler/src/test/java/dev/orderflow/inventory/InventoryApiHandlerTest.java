package dev.orderflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.domain.api.Json;
import dev.orderflow.domain.order.OrderLine;
import dev.orderflow.localcloud.dynamodb.LocalDynamoDbExtension;
import dev.orderflow.testing.TestBackend;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

class InventoryApiHandlerTest {

    @RegisterExtension
    static final LocalDynamoDbExtension DYNAMO = new LocalDynamoDbExtension();

    private TestBackend test;
    private InventoryApiHandler handler;

    @BeforeEach
    void setUp() {
        test = new TestBackend(DYNAMO.client());
        handler = new InventoryApiHandler(test.backend);
    }

    @ParameterizedTest
    @Event(value = "apigateway/events/put-sku.json", type = APIGatewayProxyRequestEvent.class)
    void shouldCreateASkuThenRestockIt(APIGatewayProxyRequestEvent put) {
        APIGatewayProxyResponseEvent created = handler.handleRequest(put, null);
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(json(created).get("available").asLong()).isEqualTo(10);

        put.setBody("{\"name\":\"Blue mug\",\"priceCents\":1300,\"available\":25}");
        APIGatewayProxyResponseEvent restocked = handler.handleRequest(put, null);
        assertThat(restocked.getStatusCode()).isEqualTo(200);
        assertThat(json(restocked).get("priceCents").asLong()).isEqualTo(1300);
        assertThat(json(restocked).get("available").asLong()).isEqualTo(25);
    }

    @Test
    void shouldKeepStockHeldForOpenOrdersWhenRestocking() {
        handler.handleRequest(load("put-sku.json"), null);
        test.backend.reservations().reserve("order-1", List.of(new OrderLine("MUG-BLUE", 4, 1250)));

        handler.handleRequest(load("put-sku.json"), null);
        JsonNode item = json(handler.handleRequest(load("get-sku.json"), null));
        assertThat(item.get("available").asLong()).isEqualTo(10);
        assertThat(item.get("reserved").asLong()).isEqualTo(4);
    }

    @ParameterizedTest
    @Event(value = "apigateway/events/put-sku-invalid.json", type = APIGatewayProxyRequestEvent.class)
    void shouldNameEveryBadFieldAndWriteNothing(APIGatewayProxyRequestEvent put) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(put, null);
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").findValuesAsText("field")).containsExactly("name", "priceCents", "available");
        assertThat(handler.handleRequest(load("get-sku.json"), null).getStatusCode()).isEqualTo(404);
    }

    @Test
    void shouldRefuseAnImpossibleSkuInThePath() {
        APIGatewayProxyRequestEvent get = load("get-sku.json");
        get.setPathParameters(Map.of("sku", "MUG BLUE/../x"));
        APIGatewayProxyResponseEvent response = handler.handleRequest(get, null);
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("sku");
    }

    @Test
    void shouldPageThroughTheCatalogue() {
        for (String sku : List.of("A-1", "B-2", "C-3")) {
            APIGatewayProxyRequestEvent put = load("put-sku.json");
            put.setPathParameters(Map.of("sku", sku));
            handler.handleRequest(put, null);
        }
        Set<String> seen = new HashSet<>();
        APIGatewayProxyRequestEvent list = load("list-inventory.json");
        JsonNode page = json(handler.handleRequest(list, null));
        page.get("items").forEach(i -> seen.add(i.get("sku").asText()));
        assertThat(page.get("items")).hasSize(2);
        list.setQueryStringParameters(Map.of("limit", "2", "nextToken", page.get("nextToken").asText()));
        page = json(handler.handleRequest(list, null));
        page.get("items").forEach(i -> seen.add(i.get("sku").asText()));
        assertThat(seen).containsExactlyInAnyOrder("A-1", "B-2", "C-3");
    }

    private static APIGatewayProxyRequestEvent load(String fixture) {
        return EventLoader.loadApiGatewayRestEvent("apigateway/events/" + fixture);
    }

    private static JsonNode json(APIGatewayProxyResponseEvent response) {
        return Json.parseTree(response.getBody()).orElseThrow();
    }
}
