package dev.orderflow.domain.inventory;

import static dev.orderflow.domain.dynamo.Attributes.instant;
import static dev.orderflow.domain.dynamo.Attributes.n;
import static dev.orderflow.domain.dynamo.Attributes.number;
import static dev.orderflow.domain.dynamo.Attributes.s;
import static dev.orderflow.domain.dynamo.Attributes.string;
import static dev.orderflow.domain.dynamo.Attributes.time;

import dev.orderflow.domain.api.PageToken;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The Inventory table (key {@code sku}). Each item keeps {@code holds}, a map from order id to the
 * quantity reserved for it: the reservation and its idempotency marker in one attribute, written by
 * the same update that takes the stock (see {@link StockReservations}).
 */
public final class InventoryRepository {

    static final String SKU = "sku";
    static final String HOLDS = "holds";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public InventoryRepository(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    String table() {
        return table;
    }

    public Optional<InventoryItem> find(String sku) {
        Map<String, AttributeValue> item = dynamoDb.getItem(GetItemRequest.builder()
                .tableName(table).key(key(sku)).consistentRead(true).build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    /** The items of the given SKUs that exist (at most 100 SKUs, as one order has). */
    public Map<String, InventoryItem> findAll(Collection<String> skus) {
        Map<String, InventoryItem> found = new HashMap<>();
        Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder()
                .keys(skus.stream().distinct().map(InventoryRepository::key).toList())
                .consistentRead(true)
                .build());
        while (!request.isEmpty()) {
            BatchGetItemResponse response = dynamoDb.batchGetItem(BatchGetItemRequest.builder().requestItems(request).build());
            response.responses().getOrDefault(table, List.of()).forEach(i -> found.put(string(i, SKU), fromItem(i)));
            request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
        return found;
    }

    public InventoryPage page(int limit, String nextToken) {
        ScanResponse page = dynamoDb.scan(ScanRequest.builder()
                .tableName(table)
                .limit(limit)
                .exclusiveStartKey(nextToken == null ? null : PageToken.decode(nextToken, "nextToken"))
                .build());
        List<InventoryItem> items = page.items().stream().map(InventoryRepository::fromItem).toList();
        return new InventoryPage(items, page.hasLastEvaluatedKey() ? PageToken.encode(page.lastEvaluatedKey()) : null);
    }

    /** Creates or restocks a SKU; holds for open orders are kept. */
    public Upserted upsert(InventoryUpdate update, Instant now) {
        Map<String, AttributeValue> old = dynamoDb.updateItem(UpdateItemRequest.builder()
                .tableName(table)
                .key(key(update.sku()))
                .updateExpression("SET #name = :name, priceCents = :price, available = :available, "
                        + "holds = if_not_exists(holds, :noHolds), updatedAt = :now")
                .expressionAttributeNames(Map.of("#name", "name"))
                .expressionAttributeValues(Map.of(
                        ":name", s(update.name()),
                        ":price", n(update.priceCents()),
                        ":available", n(update.available()),
                        ":noHolds", AttributeValue.fromM(Map.of()),
                        ":now", time(now)))
                .returnValues(ReturnValue.UPDATED_OLD)
                .build()).attributes();
        boolean created = old == null || old.isEmpty();
        Map<String, AttributeValue> item = new HashMap<>(created ? Map.of() : old);
        item.putAll(Map.of(SKU, s(update.sku()), "name", s(update.name()), "priceCents", n(update.priceCents()),
                "available", n(update.available()), "updatedAt", time(now)));
        return new Upserted(fromItem(item), created);
    }

    /** The item after an upsert, and whether the upsert created it. */
    public record Upserted(InventoryItem item, boolean created) {
    }

    static Map<String, AttributeValue> key(String sku) {
        return Map.of(SKU, s(sku));
    }

    static InventoryItem fromItem(Map<String, AttributeValue> item) {
        AttributeValue holds = item.get(HOLDS);
        long reserved = holds == null || !holds.hasM() ? 0
                : holds.m().values().stream().mapToLong(v -> Long.parseLong(v.n())).sum();
        return new InventoryItem(string(item, SKU), string(item, "name"), number(item, "priceCents"),
                number(item, "available"), reserved, instant(item, "updatedAt"));
    }
}
