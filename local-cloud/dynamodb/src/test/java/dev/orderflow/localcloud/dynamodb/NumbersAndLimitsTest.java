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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** Numbers at DynamoDB's edges (38 digits, exact arithmetic, normalised output), key and size limits. */
class NumbersAndLimitsTest {

    @RegisterExtension
    static LocalDynamoDbExtension dynamo = new LocalDynamoDbExtension();

    private DynamoDbClient client;

    @BeforeEach
    void table() {
        client = dynamo.client();
        Tables.hashTable(client, "numbers");
    }

    private String roundTrip(String number) {
        client.putItem(r -> r.tableName("numbers").item(item("pk", s("n"), "v", n(number))));
        return client.getItem(r -> r.tableName("numbers").key(Map.of("pk", s("n")))).item().get("v").n();
    }

    @ParameterizedTest
    @CsvSource({
        "12345678901234567890123456789012345678, 12345678901234567890123456789012345678",
        "0.00000000000000000000000000000000000001, 0.00000000000000000000000000000000000001",
        "1.50, 1.5",
        "-0, 0",
        "0100, 100",
        "1E+3, 1000",
        "-9.9999999999999999999999999999999999999E+125, -999999999999999999999999999999999999990000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "1E-130, 0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
    })
    void shouldKeepNumbersExactlyAndNormaliseThem(String input, String output) {
        assertThat(roundTrip(input)).isEqualTo(output);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "123456789012345678901234567890123456789 | Attempting to store more than 38 significant digits in a Number",
        "1E+126 | Number overflow",
        "1E-131 | Number underflow",
        "twelve | A value provided cannot be converted into a number",
    })
    void shouldRejectNumbersDynamoDbRejects(String input, String message) {
        assertThatThrownBy(() -> roundTrip(input)).hasMessageContaining(message);
        assertThat(client.scan(r -> r.tableName("numbers")).count()).isZero();
    }

    @Test
    void shouldAddExactlyAtThirtyEightDigits() {
        roundTrip("99999999999999999999999999999999999998");
        var r = client.updateItem(u -> u.tableName("numbers").key(Map.of("pk", s("n"))).updateExpression("SET v = v + :d")
                .expressionAttributeValues(Map.of(":d", n("1"))).returnValues(ReturnValue.UPDATED_NEW));
        assertThat(r.attributes().get("v").n()).isEqualTo("99999999999999999999999999999999999999");
        assertThatThrownBy(() -> client.updateItem(u -> u.tableName("numbers").key(Map.of("pk", s("n")))
                .updateExpression("SET v = v + :d").expressionAttributeValues(Map.of(":d", n("0.1")))))
                .hasMessageContaining("38 significant digits");
        var decimal = client.updateItem(u -> u.tableName("numbers").key(Map.of("pk", s("n"))).updateExpression("SET w = :a - :b")
                .expressionAttributeValues(Map.of(":a", n("0.3"), ":b", n("0.1"))).returnValues(ReturnValue.UPDATED_NEW));
        assertThat(decimal.attributes().get("w").n()).isEqualTo("0.2");
    }

    @Test
    void shouldRejectEmptyKeysWrongKeyTypesAndOversizedItems() {
        assertThatThrownBy(() -> client.putItem(r -> r.tableName("numbers").item(item("pk", s("")))))
                .hasMessageContaining("The AttributeValue for a key attribute cannot contain an empty string value. Key: pk");
        assertThatThrownBy(() -> client.putItem(r -> r.tableName("numbers").item(item("pk", n(1)))))
                .hasMessageContaining("Type mismatch for key pk expected: S actual: N");
        assertThatThrownBy(() -> client.putItem(r -> r.tableName("numbers").item(item("pk", s("big"), "data", s("x".repeat(400 * 1024))))))
                .hasMessageContaining("Item size has exceeded the maximum allowed size");
        assertThatThrownBy(() -> client.putItem(r -> r.tableName("numbers").item(item("pk", s("a"),
                "set", AttributeValue.fromSs(java.util.List.of("x", "x"))))))
                .hasMessageContaining("contains duplicates");
        assertThat(client.scan(r -> r.tableName("numbers")).count()).isZero();
    }

    @Test
    void shouldAcceptThirtyTwoLevelsOfNestingAndRefuseMore() {
        AttributeValue nested = s("leaf");
        for (int i = 0; i < 32; i++) {
            nested = AttributeValue.fromM(Map.of("m", nested));
        }
        AttributeValue deepest = nested;
        client.putItem(r -> r.tableName("numbers").item(item("pk", s("ok"), "doc", deepest)));
        AttributeValue tooDeep = AttributeValue.fromL(java.util.List.of(deepest));
        assertThatThrownBy(() -> client.putItem(r -> r.tableName("numbers").item(item("pk", s("deep"), "doc", tooDeep))))
                .hasMessageContaining("Nesting Levels have exceeded supported limits");
    }

    @Test
    void shouldAcceptEmptyStringsOutsideKeys() {
        client.putItem(r -> r.tableName("numbers").item(item("pk", s("a"), "note", s(""))));
        assertThat(client.getItem(r -> r.tableName("numbers").key(Map.of("pk", s("a")))).item()).containsEntry("note", s(""));
    }
}
