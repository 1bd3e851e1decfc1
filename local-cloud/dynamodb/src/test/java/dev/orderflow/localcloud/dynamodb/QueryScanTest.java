package dev.orderflow.localcloud.dynamodb;

import static dev.orderflow.localcloud.dynamodb.Tables.item;
import static dev.orderflow.localcloud.dynamodb.Tables.n;
import static dev.orderflow.localcloud.dynamodb.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Query and Scan: key conditions, order, pagination, GSI, filters, Select COUNT, segments, 1 MB pages. */
class QueryScanTest {

    @RegisterExtension
    static LocalDynamoDbExtension dynamo = new LocalDynamoDbExtension();

    private DynamoDbClient client;

    @BeforeEach
    void fill() {
        client = dynamo.client();
        Tables.orderTable(client, "orders");
        for (int i = 0; i < 10; i++) {
            int k = i;
            Map<String, AttributeValue> order = item("pk", s("customer-1"), "sk", s(String.format("order-%02d", k)),
                    "createdAt", n(1000 + k), "amount", n(k * 10));
            if (k % 2 == 0) {
                order.put("status", s("PENDING"));
            }
            client.putItem(r -> r.tableName("orders").item(order));
        }
        client.putItem(r -> r.tableName("orders").item(item("pk", s("customer-2"), "sk", s("order-00"))));
    }

    private List<String> sortKeys(QueryResponse response) {
        return response.items().stream().map(i -> i.get("sk").s()).toList();
    }

    private QueryResponse query(String condition, Map<String, AttributeValue> values, QueryRequest.Builder more) {
        return client.query(more.tableName("orders").keyConditionExpression(condition)
                .expressionAttributeValues(values).build());
    }

    @Test
    void shouldQueryAPartitionInSortKeyOrderBothWays() {
        var forward = query("pk = :p", Map.of(":p", s("customer-1")), QueryRequest.builder());
        var backward = query("pk = :p", Map.of(":p", s("customer-1")), QueryRequest.builder().scanIndexForward(false));
        assertThat(sortKeys(forward)).hasSize(10).isSorted();
        assertThat(sortKeys(backward)).first().isEqualTo("order-09");
        assertThat(forward.count()).isEqualTo(10);
        assertThat(forward.lastEvaluatedKey()).isEmpty();
    }

    @Test
    void shouldApplyEverySortKeyCondition() {
        Map<String, AttributeValue> v = Map.of(":p", s("customer-1"), ":a", s("order-03"), ":b", s("order-05"));
        assertThat(sortKeys(query("pk = :p AND sk BETWEEN :a AND :b", v, QueryRequest.builder())))
                .containsExactly("order-03", "order-04", "order-05");
        Map<String, AttributeValue> one = Map.of(":p", s("customer-1"), ":a", s("order-03"));
        assertThat(sortKeys(query("pk = :p AND sk < :a", one, QueryRequest.builder()))).hasSize(3);
        assertThat(sortKeys(query("pk = :p AND sk <= :a", one, QueryRequest.builder()))).hasSize(4);
        assertThat(sortKeys(query("pk = :p AND sk > :a", one, QueryRequest.builder()))).hasSize(6);
        assertThat(sortKeys(query("sk >= :a AND pk = :p", one, QueryRequest.builder()))).hasSize(7);
        assertThat(sortKeys(query("pk = :p AND sk = :a", one, QueryRequest.builder()))).containsExactly("order-03");
        Map<String, AttributeValue> prefix = Map.of(":p", s("customer-1"), ":a", s("order-0"));
        assertThat(sortKeys(query("pk = :p AND begins_with(sk, :a)", prefix, QueryRequest.builder().scanIndexForward(false))))
                .hasSize(10).first().isEqualTo("order-09");
    }

    @Test
    void shouldPageWithLimitAndExclusiveStartKeyInBothDirections() {
        for (boolean forward : new boolean[] {true, false}) {
            List<String> seen = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            int pages = 0;
            do {
                Map<String, AttributeValue> from = start;
                QueryResponse page = query("pk = :p", Map.of(":p", s("customer-1")),
                        QueryRequest.builder().limit(3).scanIndexForward(forward).exclusiveStartKey(from));
                seen.addAll(sortKeys(page));
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
                pages++;
            } while (start != null);
            assertThat(seen).hasSize(10).doesNotHaveDuplicates();
            assertThat(pages).isEqualTo(4);
            if (forward) {
                assertThat(seen).isSorted();
            }
        }
    }

    @Test
    void shouldQueryASparseGlobalSecondaryIndexWithPagination() {
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = client.query(r -> r.tableName("orders").indexName("byStatus")
                    .keyConditionExpression("#s = :s AND createdAt >= :t")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":s", s("PENDING"), ":t", n(1002)))
                    .scanIndexForward(false).limit(2).exclusiveStartKey(from));
            page.items().forEach(i -> seen.add(i.get("sk").s()));
            if (page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()) {
                assertThat(page.lastEvaluatedKey()).containsKeys("pk", "sk", "status", "createdAt");
                start = page.lastEvaluatedKey();
            } else {
                start = null;
            }
        } while (start != null);
        assertThat(seen).containsExactly("order-08", "order-06", "order-04", "order-02");
    }

    @Test
    void shouldDropAnItemFromTheIndexWhenItsIndexKeyIsRemoved() {
        client.updateItem(r -> r.tableName("orders").key(Map.of("pk", s("customer-1"), "sk", s("order-00")))
                .updateExpression("REMOVE #s").expressionAttributeNames(Map.of("#s", "status")));
        var page = client.query(r -> r.tableName("orders").indexName("byStatus").keyConditionExpression("#s = :s")
                .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(Map.of(":s", s("PENDING"))));
        assertThat(page.count()).isEqualTo(4);
    }

    @Test
    void shouldFilterAfterTheLimitAndCountScannedItems() {
        var page = query("pk = :p", Map.of(":p", s("customer-1"), ":min", n(50)),
                QueryRequest.builder().filterExpression("amount >= :min").limit(8));
        assertThat(page.scannedCount()).isEqualTo(8);
        assertThat(page.count()).isEqualTo(3);
    }

    @Test
    void shouldCountWithoutItemsAndProject() {
        var count = query("pk = :p", Map.of(":p", s("customer-1")), QueryRequest.builder().select(Select.COUNT));
        assertThat(count.count()).isEqualTo(10);
        assertThat(count.hasItems()).isFalse();
        var projected = query("pk = :p", Map.of(":p", s("customer-1")),
                QueryRequest.builder().projectionExpression("sk, amount"));
        assertThat(projected.items().get(0)).containsOnlyKeys("sk", "amount");
    }

    @Test
    void shouldScanInParallelSegmentsThatCoverTheTableOnce() {
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int segment = 0; segment < 3; segment++) {
            int sg = segment;
            ScanResponse page = client.scan(r -> r.tableName("orders").segment(sg).totalSegments(3));
            total += page.count();
            page.items().forEach(i -> seen.add(i.get("pk").s() + "/" + i.get("sk").s()));
        }
        assertThat(total).isEqualTo(11);
        assertThat(seen).hasSize(11);
    }

    @Test
    void shouldScanWithAFilterAndPagination() {
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = client.scan(r -> r.tableName("orders").limit(4).exclusiveStartKey(from)
                    .filterExpression("attribute_exists(amount)"));
            page.items().forEach(i -> seen.add(i.get("sk").s()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        assertThat(seen).hasSize(10);
    }

    @Test
    void shouldStopAPageAtOneMegabyte() {
        Tables.hashTable(client, "big");
        String payload = "x".repeat(100_000);
        for (int i = 0; i < 25; i++) {
            int k = i;
            client.putItem(r -> r.tableName("big").item(item("pk", s("k" + k), "data", s(payload))));
        }
        ScanResponse first = client.scan(r -> r.tableName("big"));
        assertThat(first.count()).isBetween(10, 11);
        assertThat(first.lastEvaluatedKey()).isNotEmpty();
        ScanResponse rest = client.scan(r -> r.tableName("big").exclusiveStartKey(first.lastEvaluatedKey()));
        ScanResponse last = rest.lastEvaluatedKey().isEmpty() ? rest
                : client.scan(r -> r.tableName("big").exclusiveStartKey(rest.lastEvaluatedKey()));
        assertThat(first.count() + rest.count() + (last == rest ? 0 : last.count())).isEqualTo(25);
    }

    @Test
    void shouldRejectBadKeyConditions() {
        assertThatThrownBy(() -> query("sk = :a", Map.of(":a", s("x")), QueryRequest.builder()))
                .hasMessageContaining("Query condition missed key schema element: pk");
        assertThatThrownBy(() -> query("pk = :p OR sk = :a", Map.of(":p", s("x"), ":a", s("x")), QueryRequest.builder()))
                .hasMessageContaining("Invalid operator used in KeyConditionExpression: OR");
        assertThatThrownBy(() -> query("pk = :p", Map.of(":p", n(1)), QueryRequest.builder()))
                .hasMessageContaining("Condition parameter type does not match schema type");
        assertThatThrownBy(() -> query("pk = :p", Map.of(":p", s("x")), QueryRequest.builder().indexName("nope")))
                .hasMessageContaining("The table does not have the specified index: nope");
        assertThatThrownBy(() -> query("pk = :p", Map.of(":p", s("x"), ":a", s("y")),
                QueryRequest.builder().filterExpression("sk = :a")))
                .hasMessageContaining("Filter Expression can only contain non-primary key attributes: Primary key attribute: sk");
        assertThatThrownBy(() -> query("pk = :p", Map.of(":p", s("x")), QueryRequest.builder().limit(0)))
                .hasMessageContaining("Member must have value greater than or equal to 1");
    }
}
