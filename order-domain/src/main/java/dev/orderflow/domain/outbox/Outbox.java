package dev.orderflow.domain.outbox;

import static dev.orderflow.domain.dynamo.Attributes.n;
import static dev.orderflow.domain.dynamo.Attributes.s;

import dev.orderflow.domain.api.Json;
import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.events.EventType;
import dev.orderflow.domain.events.OrderEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The Outbox table: events written in the same transaction as the state change that causes them,
 * and deleted once the bus has them. A row that stays here means a publish that did not happen; the
 * relay publishes it later. The table is empty but for those, so scanning it is cheap.
 */
public final class Outbox {

    private static final String EVENT_ID = "eventId";
    private static final String DETAIL_TYPE = "detailType";
    private static final String DETAIL = "detail";
    private static final String ORDER_ID = "orderId";
    private static final String CREATED_AT = "createdAt";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public Outbox(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** The transaction action that records {@code event} as pending. */
    public TransactWriteItem add(DomainEvent event, Instant now) {
        return TransactWriteItem.builder().put(Put.builder()
                .tableName(table)
                .item(Map.of(
                        EVENT_ID, s(event.eventId()),
                        DETAIL_TYPE, s(event.type().detailType()),
                        DETAIL, s(Json.write(event.detail())),
                        ORDER_ID, s(event.detail().orderId()),
                        CREATED_AT, n(now.toEpochMilli())))
                .conditionExpression("attribute_not_exists(eventId)")
                .build()).build();
    }

    public void remove(String eventId) {
        dynamoDb.deleteItem(DeleteItemRequest.builder()
                .tableName(table)
                .key(Map.of(EVENT_ID, s(eventId)))
                .build());
    }

    /** Every event still pending that was written before {@code cutoff}, oldest first. */
    public List<DomainEvent> pendingBefore(Instant cutoff) {
        List<Map<String, AttributeValue>> rows = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            ScanResponse page = dynamoDb.scan(ScanRequest.builder()
                    .tableName(table)
                    .consistentRead(true)
                    .filterExpression("createdAt < :cutoff")
                    .expressionAttributeValues(Map.of(":cutoff", n(cutoff.toEpochMilli())))
                    .exclusiveStartKey(startKey)
                    .build());
            rows.addAll(page.items());
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return rows.stream()
                .sorted((a, b) -> Long.compare(Long.parseLong(a.get(CREATED_AT).n()), Long.parseLong(b.get(CREATED_AT).n())))
                .map(Outbox::toEvent)
                .toList();
    }

    private static DomainEvent toEvent(Map<String, AttributeValue> row) {
        EventType type = EventType.ofDetailType(row.get(DETAIL_TYPE).s())
                .orElseThrow(() -> new IllegalStateException("Outbox row of unknown type " + row.get(DETAIL_TYPE).s()));
        return new DomainEvent(type, Json.read(row.get(DETAIL).s(), OrderEvent.class));
    }
}
