package dev.orderflow.domain.inventory;

import static dev.orderflow.domain.dynamo.Attributes.n;

import dev.orderflow.domain.dynamo.Cancellation;
import dev.orderflow.domain.order.OrderLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Holds, releases and settles stock for orders.
 *
 * <p>A reservation is one transaction with one update per line, at most 100 (DynamoDB's limit, and
 * the largest order). Each update takes the quantity from {@code available} and records it under
 * {@code holds.<orderId>}, on the condition that enough is available and that no hold for the order
 * exists yet. The hold is therefore its own idempotency marker: a second delivery of the same event
 * fails every condition, and the items returned with the cancellation show the holds already there.
 * Release and settlement remove the hold; removing what is already gone fails its condition and
 * changes nothing, so they are idempotent line by line.
 */
public final class StockReservations {

    private final DynamoDbClient dynamoDb;
    private final InventoryRepository inventory;

    public StockReservations(DynamoDbClient dynamoDb, InventoryRepository inventory) {
        this.dynamoDb = dynamoDb;
        this.inventory = inventory;
    }

    public ReservationOutcome reserve(String orderId, List<OrderLine> lines) {
        List<TransactWriteItem> holds = lines.stream().map(line -> hold(orderId, line)).toList();
        try {
            dynamoDb.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(holds).build());
            return new ReservationOutcome.Reserved();
        } catch (TransactionCanceledException e) {
            return explain(orderId, lines, Cancellation.of(e));
        }
    }

    /** Gives back the stock held for the order on these SKUs; returns how many holds were released. */
    public int release(String orderId, List<String> skus) {
        return forEachHold(orderId, skus, "SET available = available + holds.#order REMOVE holds.#order");
    }

    /** Turns the order's holds into sales (the stock stays taken); returns how many were settled. */
    public int settle(String orderId, List<String> skus) {
        return forEachHold(orderId, skus, "REMOVE holds.#order");
    }

    /** The transaction action that puts {@code quantity} back on sale, e.g. after a refund. */
    public TransactWriteItem restock(String sku, int quantity) {
        return TransactWriteItem.builder().update(Update.builder()
                .tableName(inventory.table())
                .key(InventoryRepository.key(sku))
                .updateExpression("SET available = available + :q")
                .conditionExpression("attribute_exists(sku)")
                .expressionAttributeValues(Map.of(":q", n(quantity)))
                .build()).build();
    }

    private TransactWriteItem hold(String orderId, OrderLine line) {
        return TransactWriteItem.builder().update(Update.builder()
                .tableName(inventory.table())
                .key(InventoryRepository.key(line.sku()))
                .updateExpression("SET available = available - :q, holds.#order = :q")
                .conditionExpression("attribute_exists(sku) AND available >= :q AND attribute_not_exists(holds.#order)")
                .expressionAttributeNames(Map.of("#order", orderId))
                .expressionAttributeValues(Map.of(":q", n(line.quantity())))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build()).build();
    }

    private static ReservationOutcome explain(String orderId, List<OrderLine> lines, Cancellation cancellation) {
        List<String> shortSkus = new ArrayList<>();
        boolean held = false;
        for (int i = 0; i < lines.size(); i++) {
            if (!cancellation.failed(i)) {
                continue;
            }
            Map<String, AttributeValue> item = cancellation.item(i);
            AttributeValue holds = item.get(InventoryRepository.HOLDS);
            if (holds != null && holds.hasM() && holds.m().containsKey(orderId)) {
                held = true;
            } else {
                shortSkus.add(lines.get(i).sku());
            }
        }
        // Holds are written all at once, so one line held means an earlier delivery reserved them all.
        return held ? new ReservationOutcome.AlreadyReserved() : new ReservationOutcome.Short(shortSkus);
    }

    private int forEachHold(String orderId, List<String> skus, String updateExpression) {
        int changed = 0;
        for (String sku : skus) {
            try {
                dynamoDb.updateItem(UpdateItemRequest.builder()
                        .tableName(inventory.table())
                        .key(InventoryRepository.key(sku))
                        .updateExpression(updateExpression)
                        .conditionExpression("attribute_exists(holds.#order)")
                        .expressionAttributeNames(Map.of("#order", orderId))
                        .build());
                changed++;
            } catch (ConditionalCheckFailedException alreadyDone) {
                // No hold for this order on this SKU: released or settled before. Nothing to do.
            }
        }
        return changed;
    }
}
