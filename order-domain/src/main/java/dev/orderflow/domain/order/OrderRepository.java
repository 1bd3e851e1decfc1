package dev.orderflow.domain.order;

import static dev.orderflow.domain.dynamo.Attributes.s;
import static dev.orderflow.domain.dynamo.Attributes.time;

import dev.orderflow.domain.api.PageToken;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The Orders table (key {@code orderId}) and its {@code byCustomer} index (customerId, createdAt).
 * Writes are returned as transaction actions so that each state change commits together with the
 * event it causes.
 */
public final class OrderRepository {

    public static final String BY_CUSTOMER_INDEX = "byCustomer";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public OrderRepository(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    public Optional<Order> find(String orderId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(GetItemRequest.builder()
                .tableName(table)
                .key(key(orderId))
                .consistentRead(true)
                .build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(OrderItemMapper.fromItem(item));
    }

    /** A customer's orders, newest first. {@code nextToken} comes from a previous page, or is null. */
    public OrderPage byCustomer(String customerId, int limit, String nextToken) {
        QueryResponse page = dynamoDb.query(QueryRequest.builder()
                .tableName(table)
                .indexName(BY_CUSTOMER_INDEX)
                .keyConditionExpression("customerId = :c")
                .expressionAttributeValues(Map.of(":c", s(customerId)))
                .scanIndexForward(false)
                .limit(limit)
                .exclusiveStartKey(nextToken == null ? null : PageToken.decode(nextToken, "nextToken"))
                .build());
        List<Order> orders = page.items().stream().map(OrderItemMapper::fromItem).toList();
        return new OrderPage(orders, page.hasLastEvaluatedKey() ? PageToken.encode(page.lastEvaluatedKey()) : null);
    }

    /** The action that stores a new order; it fails if the id is taken. */
    public TransactWriteItem insert(Order order) {
        return TransactWriteItem.builder().put(Put.builder()
                .tableName(table)
                .item(OrderItemMapper.toItem(order))
                .conditionExpression("attribute_not_exists(orderId)")
                .build()).build();
    }

    /**
     * The action that moves an order to {@code next}; its condition lets it pass only from one of the
     * statuses {@link OrderStatus#predecessors()} allows, so duplicated or reordered events cannot
     * move an order backwards.
     */
    public TransactWriteItem transition(String orderId, OrderStatus next, String reason, Instant now) {
        Map<String, String> names = Map.of("#status", OrderItemMapper.STATUS);
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":next", s(next.name()));
        values.put(":now", time(now));
        StringBuilder allowed = new StringBuilder();
        int i = 0;
        for (OrderStatus from : next.predecessors()) {
            String placeholder = ":from" + i++;
            values.put(placeholder, s(from.name()));
            allowed.append(allowed.length() == 0 ? "" : ", ").append(placeholder);
        }
        if (allowed.length() == 0) {
            throw new IllegalArgumentException("No transition leads to " + next);
        }
        String update = "SET #status = :next, updatedAt = :now";
        if (reason != null) {
            values.put(":reason", s(reason));
            update += ", statusReason = :reason";
        }
        return TransactWriteItem.builder().update(Update.builder()
                .tableName(table)
                .key(key(orderId))
                .updateExpression(update)
                .conditionExpression("#status IN (" + allowed + ")")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build()).build();
    }

    private static Map<String, AttributeValue> key(String orderId) {
        return Map.of(OrderItemMapper.ORDER_ID, s(orderId));
    }
}
