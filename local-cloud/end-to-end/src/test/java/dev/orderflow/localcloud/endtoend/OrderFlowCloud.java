package dev.orderflow.localcloud.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderflow.localcloud.lambda.Isolation;
import dev.orderflow.localcloud.launcher.LocalCloud;
import dev.orderflow.localcloud.launcher.LocalCloudSettings;
import dev.orderflow.localcloud.messaging.MessagingSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The project's real template.yaml run by the local cloud (launcher, as {@code java -jar} runs it),
 * with a user's tools: HTTP for the API, the SDK v2 DynamoDB and SQS clients on the edge.
 */
final class OrderFlowCloud implements AutoCloseable {

    static final Path TEMPLATE = Path.of("../../template.yaml").toAbsolutePath().normalize();
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration PATIENCE = Duration.ofSeconds(60);

    final LocalCloud cloud;
    final Path work;
    final List<String> logs;
    final HttpClient http = HttpClient.newHttpClient();
    final DynamoDbClient dynamoDb;
    final SqsClient sqs;

    private OrderFlowCloud(LocalCloud cloud, Path work, List<String> logs) {
        this.cloud = cloud;
        this.work = work;
        this.logs = logs;
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"));
        this.dynamoDb = DynamoDbClient.builder().endpointOverride(URI.create(cloud.edgeUrl())).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        this.sqs = SqsClient.builder().endpointOverride(URI.create(cloud.edgeUrl())).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    /**
     * @param envVars SAM's --env-vars JSON, or null
     */
    static OrderFlowCloud start(MessagingSettings.Builder messaging, String envVars) throws IOException {
        Path work = Files.createTempDirectory("order-flow-it");
        LocalCloudSettings.Builder settings = LocalCloudSettings.builder().template(TEMPLATE).apiPort(0).edgePort(0)
                .isolation(Isolation.IN_PROCESS).workDir(work.resolve("work"))
                .messaging(messaging.build());
        if (envVars != null) {
            Path file = work.resolve("env.json");
            Files.writeString(file, envVars);
            settings.envVars(file);
        }
        List<String> logs = new CopyOnWriteArrayList<>();
        LocalCloud cloud = LocalCloud.start(settings.logSink((function, requestId, text) ->
                logs.add(function + " " + requestId + " " + text)).build());
        return new OrderFlowCloud(cloud, work, logs);
    }

    String table(String logicalId) {
        return cloud.template().tables().stream().filter(t -> t.logicalId().equals(logicalId)).findFirst().orElseThrow()
                .tableName();
    }

    String queueUrl(String logicalId) {
        return cloud.edgeUrl() + "/" + cloud.template().settings().accountId() + "/"
                + cloud.template().settings().stackName() + "-" + logicalId;
    }

    /** A SKU with this much stock, named for the test. */
    String stock(int available) throws Exception {
        String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> response = send("PUT", "/inventory/" + sku,
                "{\"name\":\"Test mug\",\"priceCents\":1250,\"available\":" + available + "}");
        if (response.statusCode() != 201) {
            throw new IllegalStateException("stocking failed: " + response.body());
        }
        return sku;
    }

    /** Places an order and returns its id. */
    String order(String customerId, String sku, int quantity) throws Exception {
        HttpResponse<String> response = send("POST", "/orders", "{\"customerId\":\"" + customerId
                + "\",\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}]}");
        if (response.statusCode() != 201) {
            throw new IllegalStateException("order failed: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("orderId").asText();
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send("GET", path, null);
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.createObjectNode();
    }

    String orderStatus(String orderId) throws Exception {
        return get("/orders/" + orderId).path("status").asText();
    }

    /** The order's status once it leaves the given ones (or the last seen when patience ends). */
    String settledStatus(String orderId, String... passing) throws Exception {
        List<String> transient_ = List.of(passing);
        return await(() -> {
            try {
                String status = orderStatus(orderId);
                return transient_.contains(status) ? null : status;
            } catch (Exception e) {
                return null;
            }
        });
    }

    List<Map<String, AttributeValue>> notifications(String orderId) {
        return dynamoDb.query(r -> r.tableName(table("NotificationsTable")).keyConditionExpression("orderId = :o")
                .expressionAttributeValues(Map.of(":o", AttributeValue.fromS(orderId)))).items();
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cloud.apiUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until the supplier gives a non-null value; null after {@link #PATIENCE}. */
    static <T> T await(Supplier<T> probe) {
        long deadline = System.currentTimeMillis() + PATIENCE.toMillis();
        while (System.currentTimeMillis() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        sqs.close();
        dynamoDb.close();
        cloud.close();
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
