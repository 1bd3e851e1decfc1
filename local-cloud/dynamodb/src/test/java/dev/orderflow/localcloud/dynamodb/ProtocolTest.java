package dev.orderflow.localcloud.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The in-process entry point the edge uses: headers, error shapes, and no 5xx or hang for any
 * malformed request (a seeded fuzz over every operation's field names).
 */
class ProtocolTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> OPERATIONS = List.of("CreateTable", "DescribeTable", "ListTables", "DeleteTable",
            "UpdateTable", "UpdateTimeToLive", "DescribeTimeToLive", "PutItem", "GetItem", "UpdateItem", "DeleteItem",
            "Query", "Scan", "BatchGetItem", "BatchWriteItem", "TransactWriteItems", "TransactGetItems",
            "Streams.ListStreams", "Streams.DescribeStream", "Streams.GetShardIterator", "Streams.GetRecords");
    private static final List<String> FIELDS = List.of("TableName", "Key", "Item", "UpdateExpression",
            "ConditionExpression", "KeyConditionExpression", "FilterExpression", "ProjectionExpression",
            "ExpressionAttributeNames", "ExpressionAttributeValues", "ReturnValues", "Limit", "ExclusiveStartKey",
            "IndexName", "Select", "Segment", "TotalSegments", "RequestItems", "TransactItems", "KeySchema",
            "AttributeDefinitions", "BillingMode", "GlobalSecondaryIndexes", "TimeToLiveSpecification", "S", "N",
            "M", "L", "SS", "NS", "BOOL", "NULL", "B", "Put", "Update", "Delete", "ConditionCheck", "Get", "pk",
            ":v", "#n", "AttributeName", "KeyType", "AttributeType", "Projection", "ScanIndexForward",
            "StreamSpecification", "StreamEnabled", "StreamViewType", "StreamArn", "ShardId", "ShardIteratorType",
            "ShardIterator", "SequenceNumber");
    private static final List<String> TEXTS = List.of("things", "pk", "SET a = :v", "a = :v", "pk = :v", "HASH",
            "S", "N", "ALL_NEW", ":v", "#n", "1", "", "((", "SET", "attribute_exists(a)", "PAY_PER_REQUEST",
            "NEW_AND_OLD_IMAGES", "TRIM_HORIZON", "LATEST", "AFTER_SEQUENCE_NUMBER", "fHw", "YXJufHNoYXJkfDE");

    private static final List<String> TYPES = List.of("S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS", "X");

    private LocalDynamoDb db;
    private DynamoDbProtocol protocol;

    @BeforeEach
    void start() {
        db = LocalDynamoDb.builder().build();
        protocol = db.protocol();
        DynamoDbResponse created = call("CreateTable", "{\"TableName\":\"things\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}");
        assertThat(created.statusCode()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private DynamoDbResponse call(String operation, String body) {
        String target = operation.startsWith("Streams.") ? "DynamoDBStreams_20120810." + operation.substring(8)
                : "DynamoDB_20120810." + operation;
        return protocol.handle(target, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldAnswerWithTheJsonContentTypeAndAValidCrc32() {
        DynamoDbResponse response = call("PutItem", "{\"TableName\":\"things\",\"Item\":{\"pk\":{\"S\":\"a\"}}}");
        CRC32 crc = new CRC32();
        crc.update(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("Content-Type", "application/x-amz-json-1.0")
                .containsEntry("x-amz-crc32", Long.toString(crc.getValue()))
                .containsKey("x-amzn-RequestId");
    }

    @Test
    void shouldNameErrorsAsDynamoDbDoes() throws Exception {
        assertError(call("GetItem", "{\"TableName\":\"absent\",\"Key\":{\"pk\":{\"S\":\"a\"}}}"),
                "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", "Requested resource not found");
        assertError(call("PutItem", "{\"TableName\":\"things\",\"Item\":{\"x\":{\"S\":\"a\"}}}"),
                "com.amazon.coral.validate#ValidationException", "One or more parameter values were invalid: Missing the key pk in the item");
        assertError(call("PutItem", "{not json"), "com.amazon.coral.service#SerializationException", null);
        assertError(protocol.handle("DynamoDB_20120810.Nope", "{}".getBytes(StandardCharsets.UTF_8)),
                "com.amazon.coral.service#UnknownOperationException", null);
        assertError(protocol.handle(null, "{}".getBytes(StandardCharsets.UTF_8)),
                "com.amazon.coral.service#UnknownOperationException", null);
        assertThat(DynamoDbProtocol.handles("DynamoDB_20120810.GetItem")).isTrue();
        assertThat(DynamoDbProtocol.handles("AmazonSQS.SendMessage")).isFalse();
    }

    private static void assertError(DynamoDbResponse response, String type, String message) throws Exception {
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("__type").asText()).isEqualTo(type);
        if (message != null) {
            assertThat(body.get("message").asText()).isEqualTo(message);
        }
    }

    @Test
    void shouldNeverAnswerAMalformedRequestWithAServerError() throws Exception {
        // -Dfuzz.seed / -Dfuzz.iterations explore further; the build runs one fixed seed.
        Random random = new Random(Long.getLong("fuzz.seed", 20_260_101L));
        int iterations = Integer.getInteger("fuzz.iterations", 3_000);
        for (int i = 0; i < iterations; i++) {
            String operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
            String body = JSON.writeValueAsString(randomObject(random, 3));
            DynamoDbResponse response = call(operation, body);
            assertThat(response.statusCode()).as("%s %s -> %s", operation, body, new String(response.body(), StandardCharsets.UTF_8))
                    .isLessThan(500);
            if (response.statusCode() != 200) {
                assertThat(JSON.readTree(response.body()).get("message").asText()).isNotBlank();
            }
        }
    }

    private static Object randomObject(Random random, int depth) {
        java.util.Map<String, Object> object = new java.util.LinkedHashMap<>();
        int fields = random.nextInt(5);
        if (random.nextInt(3) > 0) {
            object.put("TableName", "things");
        }
        for (int i = 0; i < fields; i++) {
            object.put(FIELDS.get(random.nextInt(FIELDS.size())), randomValue(random, depth - 1));
        }
        return object;
    }

    private static Object randomValue(Random random, int depth) {
        int kind = depth <= 0 ? random.nextInt(4) : random.nextInt(7);
        switch (kind) {
            case 0: return TEXTS.get(random.nextInt(TEXTS.size()));
            case 1: return random.nextInt(5) - 1;
            case 2: return random.nextBoolean();
            case 3: return null;
            case 4: return java.util.Arrays.asList(randomValue(random, depth - 1), randomValue(random, depth - 1));
            case 5: return randomObject(random, depth - 1);
            default:
                // an item-shaped value: {"pk": {"<type>": ...}}
                java.util.Map<String, Object> value = new java.util.HashMap<>();
                value.put(TYPES.get(random.nextInt(TYPES.size())), randomValue(random, depth - 1));
                return java.util.Map.of(random.nextBoolean() ? "pk" : "a", value);
        }
    }
}
