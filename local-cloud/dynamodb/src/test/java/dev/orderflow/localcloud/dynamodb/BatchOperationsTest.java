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
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchWriteItem and BatchGetItem, with their limits and response shapes. */
class BatchOperationsTest {

    @RegisterExtension
    static LocalDynamoDbExtension dynamo = new LocalDynamoDbExtension();

    private DynamoDbClient client;

    @BeforeEach
    void tables() {
        client = dynamo.client();
        Tables.hashTable(client, "left");
        Tables.hashTable(client, "right");
    }

    private static WriteRequest put(String pk) {
        return WriteRequest.builder().putRequest(p -> p.item(item("pk", s(pk), "v", n(1)))).build();
    }

    @Test
    void shouldWriteAndReadAcrossTables() {
        List<WriteRequest> left = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            left.add(put("l" + i));
        }
        var written = client.batchWriteItem(r -> r.requestItems(Map.of("left", left, "right", List.of(put("r0")))));
        assertThat(written.unprocessedItems()).isEmpty();

        client.batchWriteItem(r -> r.requestItems(Map.of("left",
                List.of(WriteRequest.builder().deleteRequest(d -> d.key(Map.of("pk", s("l0")))).build()))));

        var read = client.batchGetItem(r -> r.requestItems(Map.of(
                "left", KeysAndAttributes.builder().keys(List.of(Map.of("pk", s("l0")), Map.of("pk", s("l1"))))
                        .projectionExpression("pk").build(),
                "right", KeysAndAttributes.builder().keys(List.of(Map.of("pk", s("r0")))).build())));
        assertThat(read.responses().get("left")).containsExactly(Map.of("pk", s("l1")));
        assertThat(read.responses().get("right")).singleElement().satisfies(i -> assertThat(i).containsEntry("v", n(1)));
        assertThat(read.unprocessedKeys()).isEmpty();
    }

    @Test
    void shouldRejectMoreThanTwentyFiveWritesAndWriteNothing() {
        List<WriteRequest> many = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            many.add(put("k" + i));
        }
        assertThatThrownBy(() -> client.batchWriteItem(r -> r.requestItems(Map.of("left", many))))
                .hasMessageContaining("Member must have length less than or equal to 25");
        assertThat(client.scan(r -> r.tableName("left")).count()).isZero();
    }

    @Test
    void shouldRejectDuplicateKeysAndInvalidItemsBeforeWritingAny() {
        assertThatThrownBy(() -> client.batchWriteItem(r -> r.requestItems(Map.of("left", List.of(put("a"), put("a"))))))
                .hasMessageContaining("Provided list of item keys contains duplicates");
        WriteRequest noKey = WriteRequest.builder().putRequest(p -> p.item(Map.of("other", AttributeValue.fromS("x")))).build();
        assertThatThrownBy(() -> client.batchWriteItem(r -> r.requestItems(Map.of("left", List.of(put("b"), noKey)))))
                .hasMessageContaining("Missing the key pk in the item");
        assertThat(client.scan(r -> r.tableName("left")).count()).isZero();
    }
}
