package dev.orderflow.localcloud.dynamodb;

import static dev.orderflow.localcloud.dynamodb.Tables.attr;
import static dev.orderflow.localcloud.dynamodb.Tables.item;
import static dev.orderflow.localcloud.dynamodb.Tables.key;
import static dev.orderflow.localcloud.dynamodb.Tables.n;
import static dev.orderflow.localcloud.dynamodb.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** CreateTable, DescribeTable, ListTables, DeleteTable, UpdateTable, TTL. */
class TableOperationsTest {

    @RegisterExtension
    static LocalDynamoDbExtension dynamo = new LocalDynamoDbExtension();

    @Test
    void shouldCreateDescribeAndWaitForATable(DynamoDbClient client) {
        Tables.orderTable(client, "orders");
        client.waiter().waitUntilTableExists(r -> r.tableName("orders"));
        var table = client.describeTable(r -> r.tableName("orders")).table();
        assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(table.keySchema()).extracting(k -> k.attributeName()).containsExactly("pk", "sk");
        assertThat(table.globalSecondaryIndexes()).singleElement()
                .satisfies(i -> assertThat(i.indexStatus()).isEqualTo(IndexStatus.ACTIVE));
        assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(table.tableArn()).endsWith(":table/orders");
    }

    @Test
    void shouldRefuseADuplicateAndReportMissingTables(DynamoDbClient client) {
        Tables.hashTable(client, "once");
        assertThatThrownBy(() -> Tables.hashTable(client, "once")).isInstanceOf(ResourceInUseException.class)
                .hasMessageContaining("Table already exists: once");
        assertThatThrownBy(() -> client.describeTable(r -> r.tableName("never"))).isInstanceOf(ResourceNotFoundException.class);
        client.deleteTable(r -> r.tableName("once"));
        assertThatThrownBy(() -> client.deleteTable(r -> r.tableName("once"))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void shouldListTablesInPages(DynamoDbClient client) {
        for (int i = 0; i < 7; i++) {
            Tables.hashTable(client, "table-" + i);
        }
        List<String> names = new ArrayList<>();
        client.listTablesPaginator(r -> r.limit(3)).forEach(page -> names.addAll(page.tableNames()));
        assertThat(names).hasSize(7).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void shouldRejectInvalidDefinitions(DynamoDbClient client) {
        assertThatThrownBy(() -> client.createTable(r -> r.tableName("bad")
                .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("unused", ScalarAttributeType.S))
                .keySchema(key("pk", KeyType.HASH)).billingMode(BillingMode.PAY_PER_REQUEST)))
                .hasMessageContaining("Some AttributeDefinitions are not used");
        assertThatThrownBy(() -> client.createTable(r -> r.tableName("bad")
                .attributeDefinitions(attr("pk", ScalarAttributeType.S)).keySchema(key("pk", KeyType.HASH))))
                .hasMessageContaining("ReadCapacityUnits and WriteCapacityUnits must both be specified");
    }

    @Test
    void shouldAddAGlobalSecondaryIndexAndFillItFromExistingItems(DynamoDbClient client) {
        Tables.hashTable(client, "people");
        client.putItem(r -> r.tableName("people").item(item("pk", s("p1"), "city", s("Oslo"))));
        client.putItem(r -> r.tableName("people").item(item("pk", s("p2"))));
        client.updateTable(r -> r.tableName("people").attributeDefinitions(attr("city", ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(List.of(GlobalSecondaryIndexUpdate.builder()
                        .create(c -> c.indexName("byCity").keySchema(key("city", KeyType.HASH))
                                .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))).build())));
        var page = client.query(r -> r.tableName("people").indexName("byCity").keyConditionExpression("city = :c")
                .expressionAttributeValues(Map.of(":c", s("Oslo"))));
        assertThat(page.items()).singleElement().satisfies(i -> assertThat(i).containsOnlyKeys("pk", "city"));
    }

    @Test
    void shouldQueryALocalSecondaryIndex(DynamoDbClient client) {
        client.createTable(r -> r.tableName("events")
                .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("sk", ScalarAttributeType.S),
                        attr("at", ScalarAttributeType.N))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("byTime")
                        .keySchema(key("pk", KeyType.HASH), key("at", KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("kind")).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        for (int i = 0; i < 5; i++) {
            int k = i;
            client.putItem(r -> r.tableName("events").item(item("pk", s("a"), "sk", s("e" + k), "at", n(50 - k),
                    "kind", s("k" + k), "other", s("o"))));
        }
        var page = client.query(r -> r.tableName("events").indexName("byTime").keyConditionExpression("pk = :a AND #t < :t")
                .expressionAttributeNames(Map.of("#t", "at"))
                .expressionAttributeValues(Map.of(":a", s("a"), ":t", n(48))));
        assertThat(page.items()).extracting(i -> i.get("sk").s()).containsExactly("e4", "e3");
        assertThat(page.items().get(0)).containsOnlyKeys("pk", "sk", "at", "kind");
    }

    @Test
    void shouldExpireItemsOnceTimeToLiveIsEnabled() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        try (LocalDynamoDb db = LocalDynamoDb.builder().clock(Clock.fixed(now, ZoneOffset.UTC))
                .ttlSweepInterval(Duration.ofHours(1)).build().start();
             DynamoDbClient client = DynamoDbClient.builder().endpointOverride(db.endpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build()) {
            Tables.hashTable(client, "sessions");
            client.updateTimeToLive(r -> r.tableName("sessions").timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
            long epoch = now.getEpochSecond();
            client.putItem(r -> r.tableName("sessions").item(item("pk", s("old"), "expiresAt", n(epoch - 10))));
            client.putItem(r -> r.tableName("sessions").item(item("pk", s("new"), "expiresAt", n(epoch + 10))));
            client.putItem(r -> r.tableName("sessions").item(item("pk", s("text"), "expiresAt", s("yesterday"))));

            assertThat(db.expireItemsNow()).isEqualTo(1);
            assertThat(client.scan(r -> r.tableName("sessions")).items()).extracting(i -> i.get("pk").s())
                    .containsExactlyInAnyOrder("new", "text");
            assertThat(client.describeTimeToLive(r -> r.tableName("sessions")).timeToLiveDescription().timeToLiveStatus())
                    .isEqualTo(TimeToLiveStatus.ENABLED);
        }
    }

    @Test
    void shouldExpireItemsInTheBackground(DynamoDbClient client) throws InterruptedException {
        Tables.hashTable(client, "sessions");
        client.updateTimeToLive(r -> r.tableName("sessions").timeToLiveSpecification(t -> t.enabled(true).attributeName("ttl")));
        client.putItem(r -> r.tableName("sessions").item(item("pk", s("old"), "ttl", n(Instant.now().getEpochSecond() - 1))));
        for (int i = 0; i < 100 && client.getItem(r -> r.tableName("sessions").key(Map.of("pk", s("old")))).hasItem(); i++) {
            Thread.sleep(100);
        }
        assertThat(client.getItem(r -> r.tableName("sessions").key(Map.of("pk", s("old")))).hasItem()).isFalse();
    }
}
