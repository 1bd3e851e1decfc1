package dev.orderflow.localcloud.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderflow.localcloud.lambda.Isolation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The project's real template.yaml, run by the local cloud with the jars the build produced, driven
 * through HTTP as a user drives it with curl.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OrderApiContract {

    static final Path TEMPLATE = Path.of("../../template.yaml").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    final List<String> logs = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();
    LocalCloud cloud;
    Path work;

    abstract Isolation isolation();

    @BeforeAll
    void start() throws Exception {
        work = Files.createTempDirectory("local-cloud-it");
        Path seed = work.resolve("seed.json");
        Files.writeString(seed, "{\"InventoryTable\":[{\"sku\":\"SEEDED-1\",\"name\":\"Seeded mug\",\"priceCents\":900,"
                + "\"available\":5,\"reserved\":0,\"updatedAt\":\"2026-01-01T00:00:00Z\"}]}");
        cloud = LocalCloud.start(LocalCloudSettings.builder().template(TEMPLATE).apiPort(0).edgePort(0)
                .isolation(isolation()).workDir(work.resolve("work")).seed(seed)
                .logSink((function, requestId, text) -> logs.add(function + " " + requestId + " " + text)).build());
    }

    @AfterAll
    void stop() throws Exception {
        cloud.close();
        TestFiles.delete(work);
    }

    @Test
    void shouldStockPlaceReadBackAndRetryAnOrder() throws Exception {
        String sku = "MUG-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> stocked = send("PUT", "/inventory/" + sku, "{\"name\":\"Blue mug\",\"priceCents\":1250,\"available\":10}",
                Map.of());
        String order = "{\"customerId\":\"cust-42\",\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":2}]}";
        String key = "key-" + UUID.randomUUID();
        HttpResponse<String> placed = send("POST", "/orders", order, Map.of("Idempotency-Key", key));
        String orderId = json(placed).path("orderId").asText();
        HttpResponse<String> read = send("GET", "/orders/" + orderId, null, Map.of());
        HttpResponse<String> retried = send("POST", "/orders", order, Map.of("Idempotency-Key", key));
        HttpResponse<String> withStage = send("GET", "/dev/inventory/" + sku, null, Map.of());

        assertThat(stocked.statusCode()).isEqualTo(201);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        assertThat(json(placed).path("totalCents").asLong()).isEqualTo(2500);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).path("orderId").asText()).isEqualTo(orderId);
        assertThat(retried.statusCode()).as("an idempotent retry").isEqualTo(200);
        assertThat(json(retried).path("orderId").asText()).isEqualTo(orderId);
        assertThat(withStage.statusCode()).isEqualTo(200);
        assertThat(placed.headers().firstValue("X-Amzn-Trace-Id")).get().asString().startsWith("Root=1-");
    }

    @Test
    void shouldRejectBadInputAtTheEdgeAndInTheHandler() throws Exception {
        HttpResponse<String> noItems = send("POST", "/orders", "{\"customerId\":\"cust-42\",\"items\":[]}", Map.of());
        HttpResponse<String> unknownSku = send("POST", "/orders",
                "{\"customerId\":\"cust-42\",\"items\":[{\"sku\":\"NO-SUCH-SKU\",\"quantity\":1}]}", Map.of());
        HttpResponse<String> missingOrder = send("GET", "/orders/" + UUID.randomUUID(), null, Map.of());
        HttpResponse<String> noRoute = send("DELETE", "/orders", null, Map.of());

        assertThat(noItems.statusCode()).isEqualTo(400);
        assertThat(noItems.body()).contains("items");
        assertThat(unknownSku.statusCode()).isBetween(400, 499);
        assertThat(unknownSku.body()).contains("NO-SUCH-SKU");
        assertThat(missingOrder.statusCode()).isEqualTo(404);
        assertThat(noRoute.statusCode()).isEqualTo(403);
        assertThat(noRoute.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
    }

    @Test
    void shouldServeSeededDataAndDynamoDbThroughTheEdge() throws Exception {
        HttpResponse<String> seeded = send("GET", "/inventory/SEEDED-1", null, Map.of());
        String table = cloud.template().tables().stream().filter(t -> t.logicalId().equals("InventoryTable")).findFirst()
                .orElseThrow().tableName();
        try (DynamoDbClient dynamodb = DynamoDbClient.builder().endpointOverride(URI.create(cloud.edgeUrl()))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"))).build()) {
            assertThat(dynamodb.listTables().tableNames()).contains(table, "orderflow-dev-OrdersTable");
            Map<String, AttributeValue> item = dynamodb.getItem(r -> r.tableName(table)
                    .key(Map.of("sku", AttributeValue.fromS("SEEDED-1")))).item();
            assertThat(item.get("available").n()).isEqualTo("5");
        }

        assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(200);
        assertThat(json(seeded).path("name").asText()).isEqualTo("Seeded mug");
    }

    @Test
    void shouldPrefixFunctionOutputWithFunctionAndRequest() throws Exception {
        HttpResponse<String> response = send("GET", "/inventory", null, Map.of());
        String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(logs).anySatisfy(line -> assertThat(line).startsWith("orderflow-dev-InventoryHandlerFunction ")
                .contains("REPORT RequestId: "));
        assertThat(requestId).isNotBlank();
    }

    HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cloud.apiUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
