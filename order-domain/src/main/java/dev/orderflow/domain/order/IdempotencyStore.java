package dev.orderflow.domain.order;

import static dev.orderflow.domain.dynamo.Attributes.n;
import static dev.orderflow.domain.dynamo.Attributes.s;
import static dev.orderflow.domain.dynamo.Attributes.string;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The Idempotency table. A key is claimed in the same transaction that stores the order, so a key
 * can never be claimed without its order or the other way round. Records expire after 24 hours
 * (the table's TTL attribute is {@code expiresAt}); until DynamoDB deletes an expired record, the
 * claim condition treats it as free.
 */
public final class IdempotencyStore {

    public static final Duration RETENTION = Duration.ofHours(24);
    private static final String KEY = "idempotencyKey";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public IdempotencyStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    public TransactWriteItem claim(String key, String requestHash, String orderId, Instant now) {
        return TransactWriteItem.builder().put(Put.builder()
                .tableName(table)
                .item(Map.of(
                        KEY, s(key),
                        "requestHash", s(requestHash),
                        "orderId", s(orderId),
                        "createdAt", s(now.toString()),
                        "expiresAt", n(now.plus(RETENTION).getEpochSecond())))
                .conditionExpression("attribute_not_exists(idempotencyKey) OR expiresAt < :now")
                .expressionAttributeValues(Map.of(":now", n(now.getEpochSecond())))
                .build()).build();
    }

    public Optional<IdempotencyRecord> find(String key) {
        Map<String, AttributeValue> item = dynamoDb.getItem(GetItemRequest.builder()
                .tableName(table)
                .key(Map.of(KEY, s(key)))
                .consistentRead(true)
                .build()).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IdempotencyRecord(key, string(item, "requestHash"), string(item, "orderId"),
                Instant.ofEpochSecond(Long.parseLong(item.get("expiresAt").n()))));
    }
}
