package dev.orderflow.localcloud.dynamodb;

import static dev.orderflow.localcloud.dynamodb.Tables.item;
import static dev.orderflow.localcloud.dynamodb.Tables.n;
import static dev.orderflow.localcloud.dynamodb.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** ExpressionAttributeNames/Values checks and syntax errors, each leaving the item untouched. */
class ExpressionValidationTest {

    @RegisterExtension
    static LocalDynamoDbExtension dynamo = new LocalDynamoDbExtension();

    private DynamoDbClient client;

    @BeforeEach
    void table() {
        client = dynamo.client();
        Tables.hashTable(client, "items");
        client.putItem(r -> r.tableName("items").item(item("pk", s("a"), "v", n(1))));
    }

    private void update(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
        client.updateItem(r -> r.tableName("items").key(Map.of("pk", s("a"))).updateExpression(expression)
                .expressionAttributeNames(names).expressionAttributeValues(values));
    }

    private void assertRejected(String expression, Map<String, String> names, Map<String, AttributeValue> values, String message) {
        assertThatThrownBy(() -> update(expression, names, values))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
                });
        assertThat(client.getItem(r -> r.tableName("items").key(Map.of("pk", s("a")))).item()).containsEntry("v", n(1));
    }

    @Test
    void shouldRejectUnusedNamesAndValues() {
        assertRejected("SET v = :v", null, Map.of(":v", n(2), ":extra", n(3)),
                "Value provided in ExpressionAttributeValues unused in expressions: keys: {:extra}");
        assertRejected("SET v = :v", Map.of("#unused", "x"), Map.of(":v", n(2)),
                "Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}");
    }

    @Test
    void shouldRejectUndefinedNamesAndValues() {
        assertRejected("SET v = :missing", null, Map.of(":v", n(2)),
                "Invalid UpdateExpression: An expression attribute value used in expression is not defined; attribute value: :missing");
        assertRejected("SET #nope = :v", null, Map.of(":v", n(2)),
                "Invalid UpdateExpression: An expression attribute name used in the document path is not defined; attribute name: #nope");
    }

    @Test
    void shouldRejectReservedWordsUsedBare() {
        assertRejected("SET status = :v", null, Map.of(":v", n(2)),
                "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: status");
    }

    @Test
    void shouldReportSyntaxErrorsWithTheTokenAndWhereItIs() {
        assertRejected("SET v = = :v", null, Map.of(":v", n(2)),
                "Invalid UpdateExpression: Syntax error; token: \"=\", near: \"= = :v\"");
        assertRejected("SET v = :v,", null, Map.of(":v", n(2)),
                "Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \",\"");
        assertRejected("SET v = :v SET w = :v", null, Map.of(":v", n(2)),
                "Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;");
    }

    @Test
    void shouldRejectBadConditionExpressions() {
        assertThatThrownBy(() -> client.putItem(r -> r.tableName("items").item(item("pk", s("b")))
                .conditionExpression("attribute_exists(:v)").expressionAttributeValues(Map.of(":v", n(1)))))
                .hasMessageContaining("Invalid ConditionExpression: Operator or function requires a document path; operator or function: attribute_exists");
        assertThatThrownBy(() -> client.putItem(r -> r.tableName("items").item(item("pk", s("b")))
                .conditionExpression("nosuch(v)")))
                .hasMessageContaining("Invalid ConditionExpression: Invalid function name; function: nosuch");
        assertThatThrownBy(() -> client.putItem(r -> r.tableName("items").item(item("pk", s("b")))
                .conditionExpression("v = v AND")))
                .hasMessageContaining("Syntax error; token: \"<EOF>\"");
        assertThat(client.scan(r -> r.tableName("items")).count()).isEqualTo(1);
    }

    @Test
    void shouldRejectExpressionsOverFourKilobytes() {
        String huge = "attribute_exists(v)" + " AND attribute_exists(v)".repeat(200);
        assertThatThrownBy(() -> client.putItem(r -> r.tableName("items").item(item("pk", s("b"))).conditionExpression(huge)))
                .hasMessageContaining("Invalid ConditionExpression: Expression size has exceeded the maximum allowed size");
    }

    @Test
    void shouldRejectNamesWithoutAnyExpression() {
        assertThatThrownBy(() -> client.getItem(r -> r.tableName("items").key(Map.of("pk", s("a")))
                .expressionAttributeNames(Map.of("#v", "v"))))
                .hasMessageContaining("ExpressionAttributeNames can only be specified when using expressions");
    }

    @Test
    void shouldProjectNestedPathsAndListElements() {
        client.putItem(r -> r.tableName("items").item(item("pk", s("doc"),
                "m", AttributeValue.fromM(Map.of("a", n(1), "b", AttributeValue.fromL(java.util.List.of(s("x"), s("y"), s("z"))))),
                "other", s("o"))));
        var item = client.getItem(r -> r.tableName("items").key(Map.of("pk", s("doc"))).projectionExpression("m.b[2], m.a")).item();
        assertThat(item).containsOnlyKeys("m");
        assertThat(item.get("m").m()).containsEntry("a", n(1));
        assertThat(item.get("m").m().get("b").l()).containsExactly(s("z"));
    }
}
