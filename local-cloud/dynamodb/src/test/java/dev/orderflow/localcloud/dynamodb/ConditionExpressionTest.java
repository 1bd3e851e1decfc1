package dev.orderflow.localcloud.dynamodb;

import static dev.orderflow.localcloud.dynamodb.Tables.item;
import static dev.orderflow.localcloud.dynamodb.Tables.n;
import static dev.orderflow.localcloud.dynamodb.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Each comparator and function, with precedence, judged through a real conditional write. */
class ConditionExpressionTest {

    @RegisterExtension
    static LocalDynamoDbExtension dynamo = new LocalDynamoDbExtension();

    private DynamoDbClient client;

    @BeforeEach
    void createItem() {
        client = dynamo.client();
        Tables.hashTable(client, "things");
        client.putItem(r -> r.tableName("things").item(item("pk", s("a"), "qty", n(5), "name", s("widget"),
                "tags", AttributeValue.fromSs(List.of("red", "blue")), "parts", AttributeValue.fromL(List.of(n(1), s("two"))),
                "flag", AttributeValue.fromBool(true), "doc", AttributeValue.fromM(Map.of("k", s("v"))))));
    }

    private static final Map<String, AttributeValue> VALUES = Map.of(":five", n(5), ":six", n("6.0"),
            ":w", s("wid"), ":red", s("red"), ":S", s("S"), ":two", s("two"));

    /** Runs a conditional update of item "a"; only the placeholders the condition uses are sent. */
    private boolean holds(String condition) {
        Map<String, AttributeValue> used = new java.util.HashMap<>(Map.of(":five", n(5)));
        VALUES.forEach((k, v) -> {
            if (java.util.regex.Pattern.compile(k + "\\b").matcher(condition).find()) {
                used.put(k, v);
            }
        });
        try {
            client.updateItem(r -> r.tableName("things").key(Map.of("pk", s("a"))).updateExpression("SET touched = :five")
                    .conditionExpression(condition)
                    .expressionAttributeNames(condition.contains("#n") ? Map.of("#n", "name") : null)
                    .expressionAttributeValues(used));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "qty = :five | true",
        "qty <> :five | false",
        "qty < :six | true",
        "qty <= :five | true",
        "qty > :five | false",
        "qty >= :six | false",
        "qty BETWEEN :five AND :six | true",
        "qty IN (:six, :five) | true",
        "qty IN (:six) | false",
        "#n = :five | false",
        "begins_with(#n, :w) | true",
        "contains(#n, :w) | true",
        "contains(tags, :red) | true",
        "contains(parts, :two) | true",
        "attribute_exists(doc.k) | true",
        "attribute_not_exists(doc.absent) | true",
        "attribute_type(#n, :S) | true",
        "size(#n) = :six | true",
        "size(tags) < :five | true",
        "parts[1] = :two | true",
        "NOT qty = :five | false",
        "qty = :six OR qty = :five AND #n = :w | false",
        "(qty = :six OR qty = :five) AND begins_with(#n, :w) | true",
        "NOT (qty = :six) AND NOT attribute_exists(absent) | true",
        "absent < :five | false",
        "absent = :five | false",
        "absent <> :five | true",
    })
    void shouldEvaluateConditionsLikeDynamoDb(String condition, boolean expected) {
        assertThat(holds(condition)).isEqualTo(expected);
    }
}
