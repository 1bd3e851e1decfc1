package dev.orderflow.localcloud.dynamodb;

import static dev.orderflow.localcloud.dynamodb.Tables.item;
import static dev.orderflow.localcloud.dynamodb.Tables.n;
import static dev.orderflow.localcloud.dynamodb.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/** UpdateExpression: SET, REMOVE, ADD, DELETE, functions, nested paths and ReturnValues. */
class UpdateExpressionTest {

    @RegisterExtension
    static LocalDynamoDbExtension dynamo = new LocalDynamoDbExtension();

    private DynamoDbClient client;

    @BeforeEach
    void createTable() {
        client = dynamo.client();
        Tables.hashTable(client, "things");
        client.putItem(r -> r.tableName("things").item(item("pk", s("a"), "count", n(5),
                "parts", AttributeValue.fromL(List.of(s("x"), s("y"), s("z"))),
                "tags", AttributeValue.fromSs(List.of("red", "blue")),
                "doc", AttributeValue.fromM(Map.of("nested", AttributeValue.fromM(Map.of("v", n(1))))))));
    }

    private UpdateItemResponse update(String expression, Map<String, AttributeValue> values, ReturnValue returnValue) {
        return client.updateItem(r -> r.tableName("things").key(Map.of("pk", s("a"))).updateExpression(expression)
                .expressionAttributeNames(Map.of("#c", "count"))
                .expressionAttributeValues(values.isEmpty() ? null : values).returnValues(returnValue));
    }

    private Map<String, AttributeValue> current() {
        return client.getItem(r -> r.tableName("things").key(Map.of("pk", s("a")))).item();
    }

    @Test
    void shouldAddAndSubtractNumbersAndEvaluateRightHandSidesOnTheOldItem() {
        var r = update("SET #c = #c + :one, previous = #c", Map.of(":one", n(1)), ReturnValue.UPDATED_NEW);
        assertThat(r.attributes()).containsEntry("count", n(6)).containsEntry("previous", n(5));
    }

    @Test
    void shouldAppendToListsAndCreateThemWithIfNotExists() {
        update("SET #c = :c, parts = list_append(parts, :more), fresh = list_append(if_not_exists(fresh, :empty), :more)",
                Map.of(":c", n(0), ":more", AttributeValue.fromL(List.of(s("w"))), ":empty", AttributeValue.fromL(List.of())),
                ReturnValue.NONE);
        assertThat(current().get("parts").l()).containsExactly(s("x"), s("y"), s("z"), s("w"));
        assertThat(current().get("fresh").l()).containsExactly(s("w"));
    }

    @Test
    void shouldRemoveListElementsByTheirOriginalPositions() {
        update("REMOVE parts[0], parts[2], #c", Map.of(), ReturnValue.NONE);
        assertThat(current().get("parts").l()).containsExactly(s("y"));
        assertThat(current()).doesNotContainKey("count");
    }

    @Test
    void shouldAddAndDeleteSetMembers() {
        update("SET #c = :zero ADD tags :add", Map.of(":zero", n(0), ":add", AttributeValue.fromSs(List.of("green"))),
                ReturnValue.NONE);
        update("SET #c = :zero DELETE tags :del", Map.of(":zero", n(0), ":del", AttributeValue.fromSs(List.of("red"))),
                ReturnValue.NONE);
        assertThat(current().get("tags").ss()).containsExactlyInAnyOrder("blue", "green");
        update("SET #c = :zero DELETE tags :del",
                Map.of(":zero", n(0), ":del", AttributeValue.fromSs(List.of("blue", "green"))), ReturnValue.NONE);
        assertThat(current()).doesNotContainKey("tags");
    }

    @Test
    void shouldAddToANumberThatDoesNotExistYet() {
        update("SET #c = :zero ADD visits :one", Map.of(":zero", n(0), ":one", n(1)), ReturnValue.NONE);
        assertThat(current().get("visits")).isEqualTo(n(1));
    }

    @Test
    void shouldSetNestedMapAttributes() {
        var r = update("SET doc.nested.v = :v, doc.added = :v, #c = :v", Map.of(":v", n(9)), ReturnValue.UPDATED_OLD);
        assertThat(current().get("doc").m().get("nested").m()).containsEntry("v", n(9));
        assertThat(current().get("doc").m()).containsEntry("added", n(9));
        assertThat(r.attributes().get("doc").m().get("nested").m()).containsEntry("v", n(1));
        assertThat(r.attributes().get("doc").m()).doesNotContainKey("added");
    }

    @Test
    void shouldRejectASetUnderAMissingParent() {
        assertThatThrownBy(() -> update("SET nothing.here = :v, #c = :v", Map.of(":v", n(1)), ReturnValue.NONE))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("The document path provided in the update expression is invalid for update");
    }

    @Test
    void shouldRejectArithmeticOnAString() {
        client.putItem(r -> r.tableName("things").item(item("pk", s("a"), "count", s("five"))));
        assertThatThrownBy(() -> update("SET #c = #c + :one", Map.of(":one", n(1)), ReturnValue.NONE))
                .hasMessageContaining("An operand in the update expression has an incorrect data type");
    }

    @Test
    void shouldRejectUpdatingAKeyAttribute() {
        assertThatThrownBy(() -> client.updateItem(r -> r.tableName("things").key(Map.of("pk", s("a")))
                .updateExpression("SET pk = :v").expressionAttributeValues(Map.of(":v", s("b")))))
                .hasMessageContaining("Cannot update attribute pk. This attribute is part of the key");
    }

    @Test
    void shouldRejectTwoActionsOnOnePath() {
        assertThatThrownBy(() -> update("SET #c = :v ADD tags :t DELETE tags :t",
                Map.of(":v", n(1), ":t", AttributeValue.fromSs(List.of("red"))), ReturnValue.NONE))
                .hasMessageContaining("Two document paths overlap with each other");
    }

    @Test
    void shouldRejectOverlappingPaths() {
        assertThatThrownBy(() -> update("SET doc = :v, doc.nested = :v, #c = :v", Map.of(":v", n(1)), ReturnValue.NONE))
                .hasMessageContaining("Two document paths overlap with each other");
    }

    @Test
    void shouldCreateTheItemWhenUpdatingAMissingKey() {
        client.updateItem(r -> r.tableName("things").key(Map.of("pk", s("new"))).updateExpression("SET v = :v")
                .expressionAttributeValues(Map.of(":v", n(1))));
        assertThat(client.getItem(r -> r.tableName("things").key(Map.of("pk", s("new")))).item())
                .containsEntry("pk", s("new")).containsEntry("v", n(1));
    }

    @Test
    void shouldReturnAllOldAndAllNew() {
        var old = update("SET #c = :v", Map.of(":v", n(7)), ReturnValue.ALL_OLD);
        var fresh = update("SET #c = :v", Map.of(":v", n(8)), ReturnValue.ALL_NEW);
        assertThat(old.attributes()).containsEntry("count", n(5)).containsKey("parts");
        assertThat(fresh.attributes()).containsEntry("count", n(8)).containsKey("parts");
    }
}
