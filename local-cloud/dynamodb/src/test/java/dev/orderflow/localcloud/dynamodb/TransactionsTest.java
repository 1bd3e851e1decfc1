package dev.orderflow.localcloud.dynamodb;

import static dev.orderflow.localcloud.dynamodb.Tables.item;
import static dev.orderflow.localcloud.dynamodb.Tables.n;
import static dev.orderflow.localcloud.dynamodb.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** TransactWriteItems and TransactGetItems: all or nothing, reasons in order, idempotency tokens. */
class TransactionsTest {

    @RegisterExtension
    static LocalDynamoDbExtension dynamo = new LocalDynamoDbExtension();

    private DynamoDbClient client;

    @BeforeEach
    void stock() {
        client = dynamo.client();
        Tables.hashTable(client, "stock");
        for (int i = 0; i < 100; i++) {
            int k = i;
            client.putItem(r -> r.tableName("stock").item(item("pk", s("sku-" + k), "available", n(5),
                    "holds", AttributeValue.fromM(Map.of()))));
        }
    }

    private static TransactWriteItem reserve(String sku, int quantity, String order) {
        return TransactWriteItem.builder().update(u -> u.tableName("stock").key(Map.of("pk", s(sku)))
                .updateExpression("SET available = available - :q, holds.#o = :q")
                .conditionExpression("available >= :q AND attribute_not_exists(holds.#o)")
                .expressionAttributeNames(Map.of("#o", order))
                .expressionAttributeValues(Map.of(":q", n(quantity)))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
    }

    private Map<String, AttributeValue> get(String sku) {
        return client.getItem(r -> r.tableName("stock").key(Map.of("pk", s(sku)))).item();
    }

    @Test
    void shouldApplyOneHundredUpdatesTogether() {
        List<TransactWriteItem> actions = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            actions.add(reserve("sku-" + i, 2, "order-1"));
        }
        client.transactWriteItems(r -> r.transactItems(actions));
        assertThat(get("sku-0").get("available")).isEqualTo(n(3));
        assertThat(get("sku-99").get("holds").m()).containsEntry("order-1", n(2));
    }

    @Test
    void shouldCancelEverythingAndGiveOneReasonPerActionWithTheItem() {
        List<TransactWriteItem> actions = List.of(reserve("sku-0", 1, "o"), reserve("sku-1", 9, "o"), reserve("sku-2", 1, "o"));

        assertThatThrownBy(() -> client.transactWriteItems(r -> r.transactItems(actions)))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    List<CancellationReason> reasons = e.cancellationReasons();
                    assertThat(reasons).extracting(CancellationReason::code)
                            .containsExactly("None", "ConditionalCheckFailed", "None");
                    assertThat(reasons.get(1).item()).containsEntry("available", n(5)).containsEntry("pk", s("sku-1"));
                    assertThat(reasons.get(1).message()).isEqualTo("The conditional request failed");
                    assertThat(e.getMessage()).contains("[None, ConditionalCheckFailed, None]");
                });
        assertThat(get("sku-0").get("available")).isEqualTo(n(5));
        assertThat(get("sku-2").get("holds").m()).isEmpty();
    }

    @Test
    void shouldSupportPutDeleteAndConditionCheck() {
        client.transactWriteItems(r -> r.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName("stock").item(item("pk", s("new"), "v", n(1)))
                        .conditionExpression("attribute_not_exists(pk)")).build(),
                TransactWriteItem.builder().delete(d -> d.tableName("stock").key(Map.of("pk", s("sku-5")))).build(),
                TransactWriteItem.builder().conditionCheck(c -> c.tableName("stock").key(Map.of("pk", s("sku-6")))
                        .conditionExpression("available = :five").expressionAttributeValues(Map.of(":five", n(5)))).build()));
        assertThat(get("new")).containsEntry("v", n(1));
        assertThat(get("sku-5")).isEmpty();
    }

    @Test
    void shouldRejectTwoActionsOnOneItem() {
        assertThatThrownBy(() -> client.transactWriteItems(r -> r.transactItems(reserve("sku-0", 1, "a"), reserve("sku-0", 1, "b"))))
                .hasMessageContaining("Transaction request cannot include multiple operations on one item");
    }

    @Test
    void shouldRejectMoreThanOneHundredActions() {
        List<TransactWriteItem> actions = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            actions.add(TransactWriteItem.builder().put(p -> p.tableName("stock").item(item("pk", s("x" + actions.size())))).build());
        }
        assertThatThrownBy(() -> client.transactWriteItems(r -> r.transactItems(actions)))
                .hasMessageContaining("Member must have length less than or equal to 100");
    }

    @Test
    void shouldNotApplyARepeatedClientRequestTokenTwice() {
        for (int i = 0; i < 2; i++) {
            client.transactWriteItems(r -> r.clientRequestToken("token-1").transactItems(
                    TransactWriteItem.builder().update(u -> u.tableName("stock").key(Map.of("pk", s("sku-0")))
                            .updateExpression("SET available = available - :one")
                            .expressionAttributeValues(Map.of(":one", n(1)))).build()));
        }
        assertThat(get("sku-0").get("available")).isEqualTo(n(4));
        assertThatThrownBy(() -> client.transactWriteItems(r -> r.clientRequestToken("token-1").transactItems(
                reserve("sku-1", 1, "other"))))
                .hasMessageContaining("previously used with different parameters");
    }

    @Test
    void shouldForgetAClientRequestTokenAfterTenMinutes() {
        MovableClock clock = new MovableClock(java.time.Instant.parse("2026-01-01T00:00:00Z"));
        try (LocalDynamoDb db = LocalDynamoDb.builder().clock(clock).build().start();
             DynamoDbClient own = DynamoDbClient.builder().endpointOverride(db.endpoint())
                     .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                     .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                             software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("a", "b"))).build()) {
            Tables.hashTable(own, "counters");
            Runnable increment = () -> own.transactWriteItems(r -> r.clientRequestToken("same").transactItems(
                    TransactWriteItem.builder().update(u -> u.tableName("counters").key(Map.of("pk", s("c")))
                            .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", n(1)))).build()));
            increment.run();
            clock.advance(java.time.Duration.ofMinutes(9));
            increment.run();
            clock.advance(java.time.Duration.ofMinutes(2));
            increment.run();
            assertThat(own.getItem(r -> r.tableName("counters").key(Map.of("pk", s("c")))).item().get("n")).isEqualTo(n(2));
        }
    }

    @Test
    void shouldReadSeveralItemsTogether() {
        var response = client.transactGetItems(r -> r.transactItems(List.of(
                TransactGetItem.builder().get(g -> g.tableName("stock").key(Map.of("pk", s("sku-1"))).projectionExpression("available")).build(),
                TransactGetItem.builder().get(g -> g.tableName("stock").key(Map.of("pk", s("absent")))).build())));
        assertThat(response.responses().get(0).item()).containsOnlyKeys("available");
        assertThat(response.responses().get(1).hasItem()).isFalse();
    }
}
