package dev.orderflow.domain.notification;

import static dev.orderflow.domain.dynamo.Attributes.instant;
import static dev.orderflow.domain.dynamo.Attributes.s;
import static dev.orderflow.domain.dynamo.Attributes.string;
import static dev.orderflow.domain.dynamo.Attributes.time;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** The Notifications table (key orderId, template): at most one notification per order and template. */
public final class NotificationRepository {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public NotificationRepository(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** Records the notification; returns false when it was recorded before (a duplicate event). */
    public boolean record(Notification notification) {
        try {
            dynamoDb.putItem(PutItemRequest.builder()
                    .tableName(table)
                    .item(Map.of(
                            "orderId", s(notification.orderId()),
                            "template", s(notification.template()),
                            "recipient", s(notification.recipient()),
                            "channel", s(notification.channel()),
                            "eventId", s(notification.eventId()),
                            "createdAt", time(notification.createdAt())))
                    .conditionExpression("attribute_not_exists(orderId)")
                    .build());
            return true;
        } catch (ConditionalCheckFailedException duplicate) {
            return false;
        }
    }

    public List<Notification> forOrder(String orderId) {
        return dynamoDb.query(QueryRequest.builder()
                        .tableName(table)
                        .keyConditionExpression("orderId = :o")
                        .expressionAttributeValues(Map.of(":o", s(orderId)))
                        .consistentRead(true)
                        .build())
                .items().stream()
                .map(i -> new Notification(string(i, "orderId"), string(i, "template"), string(i, "recipient"),
                        string(i, "channel"), string(i, "eventId"), instant(i, "createdAt")))
                .toList();
    }
}
