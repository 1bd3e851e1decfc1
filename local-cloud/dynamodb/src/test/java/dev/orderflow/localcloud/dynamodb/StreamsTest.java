package dev.orderflow.localcloud.dynamodb;

import static dev.orderflow.localcloud.dynamodb.Tables.attr;
import static dev.orderflow.localcloud.dynamodb.Tables.item;
import static dev.orderflow.localcloud.dynamodb.Tables.key;
import static dev.orderflow.localcloud.dynamodb.Tables.n;
import static dev.orderflow.localcloud.dynamodb.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** DynamoDB Streams through the SDK's DynamoDbStreamsClient: records in order, with their images. */
class StreamsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private LocalDynamoDb db;
    private DynamoDbClient client;
    private DynamoDbStreamsClient streams;

    @BeforeEach
    void start() {
        db = LocalDynamoDb.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).ttlSweepInterval(Duration.ofHours(1)).build().start();
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"));
        client = DynamoDbClient.builder().endpointOverride(db.endpoint()).region(Region.US_EAST_1).credentialsProvider(credentials).build();
        streams = DynamoDbStreamsClient.builder().endpointOverride(db.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).build();
    }

    @AfterEach
    void stop() {
        streams.close();
        client.close();
        db.close();
    }

    private String createTable(String name, StreamViewType view) {
        return client.createTable(r -> r.tableName(name).attributeDefinitions(attr("pk", ScalarAttributeType.S))
                .keySchema(key("pk", KeyType.HASH)).billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(view))).tableDescription().latestStreamArn();
    }

    private List<Record> readAll(String arn, ShardIteratorType from) {
        String shard = streams.describeStream(r -> r.streamArn(arn)).streamDescription().shards().get(0).shardId();
        String iterator = streams.getShardIterator(r -> r.streamArn(arn).shardId(shard).shardIteratorType(from)).shardIterator();
        return streams.getRecords(r -> r.shardIterator(iterator)).records();
    }

    @Test
    void shouldRecordEachChangeInOrderWithOldAndNewImages() {
        String arn = createTable("orders", StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(arn).contains(":table/orders/stream/");
        client.putItem(r -> r.tableName("orders").item(item("pk", s("o1"), "state", s("NEW"))));
        client.updateItem(r -> r.tableName("orders").key(Map.of("pk", s("o1"))).updateExpression("SET #s = :p")
                .expressionAttributeNames(Map.of("#s", "state")).expressionAttributeValues(Map.of(":p", s("PAID"))));
        client.putItem(r -> r.tableName("orders").item(item("pk", s("o1"), "state", s("PAID"))));  // no change: no record
        client.deleteItem(r -> r.tableName("orders").key(Map.of("pk", s("o1"))));

        List<Record> records = readAll(arn, ShardIteratorType.TRIM_HORIZON);
        assertThat(records).extracting(Record::eventName)
                .containsExactly(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE);
        assertThat(records.get(1).dynamodb().oldImage()).containsEntry("state", s("NEW"));
        assertThat(records.get(1).dynamodb().newImage()).containsEntry("state", s("PAID"));
        assertThat(records.get(2).dynamodb().keys()).isEqualTo(Map.of("pk", s("o1")));
        assertThat(records).extracting(r -> r.dynamodb().sequenceNumber()).isSorted();
        assertThat(readAll(arn, ShardIteratorType.LATEST)).isEmpty();
    }

    @Test
    void shouldCarryOnlyKeysForKeysOnlyAndRecordTransactionsAndExpiry() {
        String arn = createTable("stock", StreamViewType.KEYS_ONLY);
        client.updateTimeToLive(r -> r.tableName("stock").timeToLiveSpecification(t -> t.enabled(true).attributeName("ttl")));
        client.transactWriteItems(r -> r.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName("stock").item(item("pk", s("a"), "ttl", n(NOW.getEpochSecond() - 1)))).build(),
                TransactWriteItem.builder().put(p -> p.tableName("stock").item(item("pk", s("b")))).build()));
        assertThat(db.expireItemsNow()).isEqualTo(1);

        List<Record> records = readAll(arn, ShardIteratorType.TRIM_HORIZON);
        assertThat(records).hasSize(3);
        assertThat(records.get(0).dynamodb().hasNewImage()).isFalse();
        Record expired = records.get(2);
        assertThat(expired.eventName()).isEqualTo(OperationType.REMOVE);
        assertThat(expired.userIdentity().principalId()).isEqualTo("dynamodb.amazonaws.com");
    }

    @Test
    void shouldPageWithIteratorsAndCloseTheShardWhenDisabled() {
        String arn = createTable("events", StreamViewType.NEW_IMAGE);
        for (int i = 0; i < 5; i++) {
            int k = i;
            client.putItem(r -> r.tableName("events").item(item("pk", s("e" + k))));
        }
        String shard = streams.describeStream(r -> r.streamArn(arn)).streamDescription().shards().get(0).shardId();
        String iterator = streams.getShardIterator(r -> r.streamArn(arn).shardId(shard)
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        var first = streams.getRecords(r -> r.shardIterator(iterator).limit(3));
        var second = streams.getRecords(r -> r.shardIterator(first.nextShardIterator()).limit(3));
        assertThat(first.records()).hasSize(3);
        assertThat(second.records()).extracting(r -> r.dynamodb().newImage().get("pk").s()).containsExactly("e3", "e4");

        String after = first.records().get(2).dynamodb().sequenceNumber();
        var resumed = streams.getRecords(r -> r.shardIterator(streams.getShardIterator(g -> g.streamArn(arn).shardId(shard)
                .shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(after)).shardIterator()));
        assertThat(resumed.records()).hasSize(2);

        client.updateTable(r -> r.tableName("events").streamSpecification(s -> s.streamEnabled(false)));
        var description = streams.describeStream(r -> r.streamArn(arn)).streamDescription();
        assertThat(description.streamStatus()).isEqualTo(StreamStatus.DISABLED);
        var last = streams.getRecords(r -> r.shardIterator(second.nextShardIterator()));
        assertThat(last.records()).isEmpty();
        assertThat(last.nextShardIterator()).isNull();
        assertThat(streams.listStreams(r -> r.tableName("events")).streams()).singleElement()
                .satisfies(s -> assertThat(s.streamArn()).isEqualTo(arn));
    }
}
