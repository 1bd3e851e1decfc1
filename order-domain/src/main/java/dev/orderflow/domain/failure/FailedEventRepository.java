package dev.orderflow.domain.failure;

import static dev.orderflow.domain.dynamo.Attributes.n;
import static dev.orderflow.domain.dynamo.Attributes.s;
import static dev.orderflow.domain.dynamo.Attributes.time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The FailedEvents table (key {@code failureId}, the SQS message id; index {@code byOrder}). A body
 * too large for an item (SQS messages reach 1 MB, items 400 KB) is stored gzipped; if even that does
 * not fit, recording fails and the message goes back to the queue, to be parked by its redrive policy.
 */
public final class FailedEventRepository {

    public static final String BY_ORDER_INDEX = "byOrder";
    static final int INLINE_BODY_LIMIT = 300 * 1024;
    static final int GZIPPED_BODY_LIMIT = 380 * 1024;

    private final DynamoDbClient dynamoDb;
    private final String table;

    public FailedEventRepository(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** Records the failure; returns false if this message was recorded before (a redelivery). */
    public boolean record(FailedEvent failure) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("failureId", s(failure.failureId()));
        item.put("origin", s(failure.origin().name()));
        item.put("receiveCount", n(failure.receiveCount()));
        item.put("receivedAt", time(failure.receivedAt()));
        putIfPresent(item, "sourceArn", failure.sourceArn());
        putIfPresent(item, "errorCode", failure.errorCode());
        putIfPresent(item, "errorMessage", failure.errorMessage());
        putIfPresent(item, "orderId", failure.orderId());
        putIfPresent(item, "detailType", failure.detailType());
        putBody(item, failure.body() == null ? "" : failure.body());
        try {
            dynamoDb.putItem(PutItemRequest.builder()
                    .tableName(table)
                    .item(item)
                    .conditionExpression("attribute_not_exists(failureId)")
                    .build());
            return true;
        } catch (ConditionalCheckFailedException duplicate) {
            return false;
        }
    }

    /** The failure ids recorded for an order. */
    public List<String> failureIdsForOrder(String orderId) {
        return dynamoDb.query(QueryRequest.builder()
                        .tableName(table)
                        .indexName(BY_ORDER_INDEX)
                        .keyConditionExpression("orderId = :o")
                        .expressionAttributeValues(Map.of(":o", s(orderId)))
                        .build())
                .items().stream().map(i -> i.get("failureId").s()).toList();
    }

    private static void putBody(Map<String, AttributeValue> item, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= INLINE_BODY_LIMIT) {
            item.put("body", s(body));
            return;
        }
        byte[] gzipped = gzip(bytes);
        if (gzipped.length > GZIPPED_BODY_LIMIT) {
            throw new IllegalArgumentException("Message body of " + bytes.length + " bytes does not fit an item even gzipped");
        }
        item.put("bodyGzip", AttributeValue.fromB(SdkBytes.fromByteArray(gzipped)));
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null && !value.isEmpty()) {
            item.put(name, s(value));
        }
    }
}
