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
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/** PutItem, GetItem, UpdateItem, DeleteItem through the real SDK client. */
class ItemOperationsTest {

    @RegisterExtension
    static LocalDynamoDbExtension dynamo = new LocalDynamoDbExtension();

    private DynamoDbClient client;

    @BeforeEach
    void createTable() {
        client = dynamo.client();
        Tables.hashTable(client, "stock");
    }

    private Map<String, AttributeValue> get(String pk) {
        return client.getItem(r -> r.tableName("stock").key(Map.of("pk", s(pk))).consistentRead(true)).item();
    }

    @Test
    void shouldPutAndGetAnItemOfEveryType() {
        Map<String, AttributeValue> original = item("pk", s("a"), "n", n("12.50"), "b", AttributeValue.fromB(
                        software.amazon.awssdk.core.SdkBytes.fromUtf8String("bin")),
                "t", AttributeValue.fromBool(true), "z", AttributeValue.fromNul(true),
                "m", AttributeValue.fromM(Map.of("x", s("y"))), "l", AttributeValue.fromL(java.util.List.of(n(1), s("two"))),
                "ss", AttributeValue.fromSs(java.util.List.of("p", "q")), "ns", AttributeValue.fromNs(java.util.List.of("1", "2.0")),
                "bs", AttributeValue.fromBs(java.util.List.of(software.amazon.awssdk.core.SdkBytes.fromUtf8String("c"))));
        client.putItem(r -> r.tableName("stock").item(original));

        Map<String, AttributeValue> read = get("a");
        assertThat(read.get("n").n()).isEqualTo("12.5");
        assertThat(read.get("b").b().asUtf8String()).isEqualTo("bin");
        assertThat(read.get("t").bool()).isTrue();
        assertThat(read.get("z").nul()).isTrue();
        assertThat(read.get("m").m()).containsEntry("x", s("y"));
        assertThat(read.get("l").l()).containsExactly(n(1), s("two"));
        assertThat(read.get("ss").ss()).containsExactlyInAnyOrder("p", "q");
        assertThat(read.get("ns").ns()).containsExactlyInAnyOrder("1", "2");
        assertThat(read.get("bs").bs()).hasSize(1);
    }

    @Test
    void shouldReturnNoItemWhenAbsent() {
        assertThat(client.getItem(r -> r.tableName("stock").key(Map.of("pk", s("none")))).hasItem()).isFalse();
    }

    @Test
    void shouldRejectAPutWhoseConditionFailsAndKeepTheOldItem() {
        client.putItem(r -> r.tableName("stock").item(item("pk", s("a"), "v", n(1))));

        assertThatThrownBy(() -> client.putItem(r -> r.tableName("stock").item(item("pk", s("a"), "v", n(2)))
                .conditionExpression("attribute_not_exists(pk)")))
                .isInstanceOf(ConditionalCheckFailedException.class)
                .hasMessageContaining("The conditional request failed");
        assertThat(get("a").get("v")).isEqualTo(n(1));
    }

    @Test
    void shouldReturnTheOldItemOnConditionFailureWhenAsked() {
        client.putItem(r -> r.tableName("stock").item(item("pk", s("a"), "v", n(1))));

        assertThatThrownBy(() -> client.updateItem(r -> r.tableName("stock").key(Map.of("pk", s("a")))
                .updateExpression("SET v = :v").conditionExpression("v > :v")
                .expressionAttributeValues(Map.of(":v", n(5)))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class,
                        e -> assertThat(e.item()).containsEntry("v", n(1)).containsEntry("pk", s("a")));
    }

    @Test
    void shouldReturnOldValuesOfPutAndDelete() {
        client.putItem(r -> r.tableName("stock").item(item("pk", s("a"), "v", n(1))));
        var put = client.putItem(r -> r.tableName("stock").item(item("pk", s("a"), "v", n(2))).returnValues(ReturnValue.ALL_OLD));
        var delete = client.deleteItem(r -> r.tableName("stock").key(Map.of("pk", s("a"))).returnValues(ReturnValue.ALL_OLD));

        assertThat(put.attributes()).containsEntry("v", n(1));
        assertThat(delete.attributes()).containsEntry("v", n(2));
        assertThat(get("a")).isEmpty();
    }

    @Test
    void shouldReserveAndReleaseStockAsTheApplicationDoes() {
        client.putItem(r -> r.tableName("stock").item(item("pk", s("sku-1"), "available", n(10),
                "holds", AttributeValue.fromM(Map.of()))));
        Map<String, String> names = Map.of("#o", "order-7");

        var reserved = client.updateItem(r -> r.tableName("stock").key(Map.of("pk", s("sku-1")))
                .updateExpression("SET available = available - :q, holds.#o = :q")
                .conditionExpression("available >= :q AND attribute_not_exists(holds.#o)")
                .expressionAttributeNames(names).expressionAttributeValues(Map.of(":q", n(3)))
                .returnValues(ReturnValue.ALL_NEW));
        assertThat(reserved.attributes().get("available")).isEqualTo(n(7));
        assertThat(reserved.attributes().get("holds").m()).containsEntry("order-7", n(3));

        assertThatThrownBy(() -> client.updateItem(r -> r.tableName("stock").key(Map.of("pk", s("sku-1")))
                .updateExpression("SET available = available - :q, holds.#o = :q")
                .conditionExpression("available >= :q AND attribute_not_exists(holds.#o)")
                .expressionAttributeNames(names).expressionAttributeValues(Map.of(":q", n(3)))))
                .isInstanceOf(ConditionalCheckFailedException.class);

        var released = client.updateItem(r -> r.tableName("stock").key(Map.of("pk", s("sku-1")))
                .updateExpression("SET available = available + holds.#o REMOVE holds.#o")
                .conditionExpression("attribute_exists(holds.#o)")
                .expressionAttributeNames(names).returnValues(ReturnValue.UPDATED_NEW));
        assertThat(released.attributes()).containsEntry("available", n(10));
        assertThat(get("sku-1").get("holds").m()).isEmpty();
    }

    @Test
    void shouldSetOnlyWhenAbsentWithIfNotExists() {
        for (int i = 0; i < 2; i++) {
            int value = i;
            client.updateItem(r -> r.tableName("stock").key(Map.of("pk", s("a")))
                    .updateExpression("SET x = if_not_exists(x, :v), seen = :seen")
                    .expressionAttributeValues(Map.of(":v", n(100 + value), ":seen", n(value))));
        }
        assertThat(get("a")).containsEntry("x", n(100)).containsEntry("seen", n(1));
    }

    @Test
    void shouldReportAMissingTable() {
        assertThatThrownBy(() -> client.getItem(r -> r.tableName("nope").key(Map.of("pk", s("a")))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Requested resource not found");
    }

    @Test
    void shouldRejectAKeyThatDoesNotMatchTheSchema() {
        assertThatThrownBy(() -> client.getItem(r -> r.tableName("stock").key(Map.of("id", s("a")))))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The provided key element does not match the schema");
                });
    }
}
