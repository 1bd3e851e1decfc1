package dev.orderflow.localcloud.dynamodb;

import static dev.orderflow.localcloud.dynamodb.Tables.item;
import static dev.orderflow.localcloud.dynamodb.Tables.n;
import static dev.orderflow.localcloud.dynamodb.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** A data directory keeps tables, indexes, TTL settings and items across restarts (in process). */
class PersistenceTest {

    @TempDir
    Path dir;

    private void withServer(Consumer<DynamoDbClient> work) {
        try (LocalDynamoDb db = LocalDynamoDb.builder().dataDir(dir).build().start();
             DynamoDbClient client = DynamoDbClient.builder().endpointOverride(db.endpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build()) {
            work.accept(client);
        }
    }

    @Test
    void shouldKeepEverythingAcrossRestarts() {
        withServer(client -> {
            Tables.orderTable(client, "orders");
            client.updateTimeToLive(r -> r.tableName("orders").timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
            for (int i = 0; i < 50; i++) {
                int k = i;
                client.putItem(r -> r.tableName("orders").item(item("pk", s("c"), "sk", s("o" + k),
                        "status", s(k % 2 == 0 ? "PENDING" : "DONE"), "createdAt", n(k))));
            }
            client.deleteItem(r -> r.tableName("orders").key(Map.of("pk", s("c"), "sk", s("o0"))));
            client.transactWriteItems(r -> r.transactItems(
                    TransactWriteItem.builder().update(u -> u.tableName("orders").key(Map.of("pk", s("c"), "sk", s("o1")))
                            .updateExpression("SET #s = :p").expressionAttributeNames(Map.of("#s", "status"))
                            .expressionAttributeValues(Map.of(":p", s("PENDING")))).build()));
            Tables.hashTable(client, "dropped");
            client.deleteTable(r -> r.tableName("dropped"));
        });
        for (int restart = 0; restart < 2; restart++) {
            withServer(client -> {
                assertThat(client.listTables().tableNames()).containsExactly("orders");
                assertThat(client.scan(r -> r.tableName("orders")).count()).isEqualTo(49);
                var pending = client.query(r -> r.tableName("orders").indexName("byStatus").keyConditionExpression("#s = :p")
                        .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(Map.of(":p", s("PENDING"))));
                assertThat(pending.count()).isEqualTo(25);
                assertThat(client.describeTimeToLive(r -> r.tableName("orders")).timeToLiveDescription().attributeName())
                        .isEqualTo("expiresAt");
                client.putItem(r -> r.tableName("orders").item(item("pk", s("c"), "sk", s("o0"), "createdAt", n(0))));
                client.deleteItem(r -> r.tableName("orders").key(Map.of("pk", s("c"), "sk", s("o0"))));
            });
        }
    }

    @Test
    void shouldIgnoreATornLastRecordAndKeepEarlierOnes() throws IOException {
        withServer(client -> {
            Tables.hashTable(client, "things");
            client.putItem(r -> r.tableName("things").item(item("pk", s("kept"))));
        });
        Path log = dir.resolve("dynamodb.wal");
        // A write cut short by a crash: a length prefix promising more bytes than follow.
        Files.write(log, new byte[] {0, 0, 1, 0, 1, 2, 3, 4, '{', '"'}, StandardOpenOption.APPEND);
        withServer(client -> {
            assertThat(client.scan(r -> r.tableName("things")).items()).extracting(i -> i.get("pk").s()).containsExactly("kept");
            client.putItem(r -> r.tableName("things").item(item("pk", s("after"))));
        });
        withServer(client -> assertThat(client.scan(r -> r.tableName("things")).count()).isEqualTo(2));
    }
}
