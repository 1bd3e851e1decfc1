package dev.orderflow.domain.payment;

import static dev.orderflow.domain.dynamo.Attributes.instant;
import static dev.orderflow.domain.dynamo.Attributes.n;
import static dev.orderflow.domain.dynamo.Attributes.number;
import static dev.orderflow.domain.dynamo.Attributes.s;
import static dev.orderflow.domain.dynamo.Attributes.string;
import static dev.orderflow.domain.dynamo.Attributes.time;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The Payments table (key {@code orderId}: one payment per order). Writes are transaction actions,
 * committed with the order's transition and its event.
 */
public final class PaymentRepository {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public PaymentRepository(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    public Optional<Payment> find(String orderId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(GetItemRequest.builder()
                .tableName(table).key(key(orderId)).consistentRead(true).build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    /** Records the outcome of the order's one charge; fails if a payment is already recorded. */
    public TransactWriteItem record(Payment payment) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("orderId", s(payment.orderId()));
        item.put("customerId", s(payment.customerId()));
        item.put("status", s(payment.status().name()));
        item.put("amountCents", n(payment.amountCents()));
        item.put("createdAt", time(payment.createdAt()));
        item.put("updatedAt", time(payment.updatedAt()));
        if (payment.chargeId() != null) {
            item.put("chargeId", s(payment.chargeId()));
        }
        if (payment.declineCode() != null) {
            item.put("declineCode", s(payment.declineCode()));
        }
        return TransactWriteItem.builder().put(Put.builder()
                .tableName(table).item(item).conditionExpression("attribute_not_exists(orderId)").build()).build();
    }

    /** Marks a captured payment refunded; fails unless it is CAPTURED, so a refund happens once. */
    public TransactWriteItem refund(String orderId, String refundId, Instant now) {
        return TransactWriteItem.builder().update(Update.builder()
                .tableName(table)
                .key(key(orderId))
                .updateExpression("SET #status = :refunded, refundId = :refundId, updatedAt = :now")
                .conditionExpression("#status = :captured")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(
                        ":refunded", s(PaymentStatus.REFUNDED.name()),
                        ":captured", s(PaymentStatus.CAPTURED.name()),
                        ":refundId", s(refundId),
                        ":now", time(now)))
                .build()).build();
    }

    /**
     * Notes that a refunded order's SKU went back on sale; fails if it already did. Committed with the
     * restock itself, it makes returning stock idempotent line by line.
     */
    public TransactWriteItem markRestocked(String orderId, String sku) {
        return TransactWriteItem.builder().update(Update.builder()
                .tableName(table)
                .key(key(orderId))
                .updateExpression("ADD restockedSkus :sku")
                .conditionExpression("#status = :refunded AND NOT contains(restockedSkus, :one)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(
                        ":sku", AttributeValue.fromSs(java.util.List.of(sku)),
                        ":one", s(sku),
                        ":refunded", s(PaymentStatus.REFUNDED.name())))
                .build()).build();
    }

    private static Map<String, AttributeValue> key(String orderId) {
        return Map.of("orderId", s(orderId));
    }

    private static Payment fromItem(Map<String, AttributeValue> item) {
        return new Payment(string(item, "orderId"), string(item, "customerId"),
                PaymentStatus.valueOf(string(item, "status")), number(item, "amountCents"),
                string(item, "chargeId"), string(item, "declineCode"), string(item, "refundId"),
                instant(item, "createdAt"), instant(item, "updatedAt"));
    }
}
