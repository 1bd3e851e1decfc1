package dev.orderflow.localcloud.dynamodb;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Throughput through HTTP over loopback with the real SDK v2 client in the same JVM: GetItem,
 * PutItem, conditional UpdateItem and Query. Not part of the build; run with benchmark.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class LocalDynamoDbBenchmark {

    private static final int KEYS = 10_000;

    /** The SDK's HTTP client: apache5 (pooled) or urlconnection. */
    @Param({"apache5"})
    public String httpClient;

    private LocalDynamoDb db;
    private DynamoDbClient client;

    @Setup(Level.Trial)
    public void start() {
        db = LocalDynamoDb.builder().build().start();
        client = client(db.endpoint(), httpClient);
        Tables.orderTable(client, "bench");
        for (int i = 0; i < KEYS; i++) {
            client.putItem(put(i));
        }
    }

    private static DynamoDbClient client(URI endpoint, String kind) {
        SdkHttpClient http = kind.equals("apache5")
                ? Apache5HttpClient.builder().maxConnections(64).build()
                : UrlConnectionHttpClient.create();
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1).httpClient(http)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .build();
    }

    private static software.amazon.awssdk.services.dynamodb.model.PutItemRequest put(int i) {
        return software.amazon.awssdk.services.dynamodb.model.PutItemRequest.builder().tableName("bench")
                .item(Map.of("pk", AttributeValue.fromS("customer-" + (i / 10)), "sk", AttributeValue.fromS("order-" + i),
                        "status", AttributeValue.fromS("PENDING"), "createdAt", AttributeValue.fromN(Integer.toString(i)),
                        "stock", AttributeValue.fromN("1000000"), "note", AttributeValue.fromS("a small order of some things")))
                .build();
    }

    private static Map<String, AttributeValue> key(int i) {
        return Map.of("pk", AttributeValue.fromS("customer-" + (i / 10)), "sk", AttributeValue.fromS("order-" + i));
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        db.close();
    }

    @Benchmark
    public Object getItem() {
        int i = ThreadLocalRandom.current().nextInt(KEYS);
        return client.getItem(r -> r.tableName("bench").key(key(i)));
    }

    @Benchmark
    public Object putItem() {
        return client.putItem(put(ThreadLocalRandom.current().nextInt(KEYS)));
    }

    @Benchmark
    public Object conditionalUpdateItem() {
        int i = ThreadLocalRandom.current().nextInt(KEYS);
        return client.updateItem(r -> r.tableName("bench").key(key(i))
                .updateExpression("SET stock = stock - :one").conditionExpression("stock >= :one")
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
    }

    @Benchmark
    public Object queryTenItems() {
        int c = ThreadLocalRandom.current().nextInt(KEYS / 10);
        return client.query(r -> r.tableName("bench").keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("customer-" + c))));
    }
}
