package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.expr.ExpressionContext;
import dev.orderflow.localcloud.dynamodb.internal.expr.Projection;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.store.IndexDefinition;
import dev.orderflow.localcloud.dynamodb.internal.store.Key;
import dev.orderflow.localcloud.dynamodb.internal.store.KeySchema;
import dev.orderflow.localcloud.dynamodb.internal.store.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * What a Query or Scan reads: the table or one index, how its items are projected (index
 * projection, then Select / ProjectionExpression), and where ExclusiveStartKey resumes.
 */
final class ReadTarget {

    final Table table;
    final IndexDefinition index;
    final String select;
    private final Projection indexProjection;
    private final Projection userProjection;

    ReadTarget(Table table, JsonNode request, ExpressionContext context) {
        this.table = table;
        String indexName = Requests.text(request, "IndexName");
        this.index = indexName == null ? null : table.definition().index(indexName).orElseThrow(() ->
                DynamoDbError.validation("The table does not have the specified index: " + indexName));
        if (index != null && index.global() && Requests.flag(request, "ConsistentRead")) {
            throw DynamoDbError.validation("Consistent reads are not supported on global secondary indexes");
        }
        this.userProjection = Projections.of(request, context);
        this.select = select(Requests.text(request, "Select"));
        this.indexProjection = index == null || index.projectionType().equals("ALL")
                || (!index.global() && select.equals("ALL_ATTRIBUTES")) ? null : indexAttributes();
    }

    private String select(String requested) {
        String chosen = requested != null ? requested
                : userProjection != null ? "SPECIFIC_ATTRIBUTES" : index != null ? "ALL_PROJECTED_ATTRIBUTES" : "ALL_ATTRIBUTES";
        switch (chosen) {
            case "COUNT": case "ALL_ATTRIBUTES": case "ALL_PROJECTED_ATTRIBUTES": case "SPECIFIC_ATTRIBUTES":
                break;
            default:
                throw Requests.constraint(chosen, "select",
                        "Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]");
        }
        if (userProjection != null && !chosen.equals("SPECIFIC_ATTRIBUTES")) {
            throw DynamoDbError.validation("Cannot specify the ProjectionExpression when choosing to get "
                    + (chosen.equals("COUNT") ? "only the Count" : chosen));
        }
        if (chosen.equals("SPECIFIC_ATTRIBUTES") && userProjection == null) {
            throw DynamoDbError.validation("Select type SPECIFIC_ATTRIBUTES requires a ProjectionExpression or AttributesToGet");
        }
        if (chosen.equals("ALL_PROJECTED_ATTRIBUTES") && index == null) {
            throw DynamoDbError.validation("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
        }
        if (chosen.equals("ALL_ATTRIBUTES") && index != null && index.global() && !index.projectionType().equals("ALL")) {
            throw DynamoDbError.validation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index "
                    + index.name() + " because its projection type is not ALL");
        }
        return chosen;
    }

    private Projection indexAttributes() {
        List<String> names = new ArrayList<>();
        KeySchema tk = table.definition().keys();
        names.add(tk.hashName());
        if (tk.hasRange()) {
            names.add(tk.rangeName());
        }
        names.add(index.keys().hashName());
        if (index.keys().hasRange()) {
            names.add(index.keys().rangeName());
        }
        names.addAll(index.nonKeyAttributes());
        return Projection.ofAttributes(names);
    }

    KeySchema keys() {
        return index == null ? table.definition().keys() : index.keys();
    }

    NavigableMap<Key, Map<String, Value>> data() {
        return table.data(index == null ? null : index.name());
    }

    /** The item as this index holds it (before any filter is applied). */
    Map<String, Value> stored(Map<String, Value> item) {
        return indexProjection == null ? item : indexProjection.apply(item);
    }

    /** The item as the response shows it. */
    Map<String, Value> shown(Map<String, Value> storedItem) {
        return userProjection == null ? storedItem : userProjection.apply(storedItem);
    }

    /** Where ExclusiveStartKey sits in the data; it must carry the table's and the index's keys. */
    Key startKey(JsonNode request) {
        JsonNode node = request.get("ExclusiveStartKey");
        if (node == null || node.isNull()) {
            return null;
        }
        Map<String, Value> esk = dev.orderflow.localcloud.dynamodb.internal.model.ValueCodec.readItem(node);
        Map<String, Value> expected = table.keyAttributes(index, esk);
        KeySchema tk = table.definition().keys();
        boolean complete = esk.containsKey(tk.hashName()) && (!tk.hasRange() || esk.containsKey(tk.rangeName()))
                && (index == null || (esk.containsKey(index.keys().hashName())
                && (!index.keys().hasRange() || esk.containsKey(index.keys().rangeName()))));
        if (!complete || expected.size() != esk.size()) {
            throw DynamoDbError.validation("The provided starting key is invalid: The provided key element does not match the schema");
        }
        Key key = index == null ? table.primaryKey(esk) : table.indexKey(index, esk);
        if (key == null) {
            throw DynamoDbError.validation("The provided starting key is invalid: The provided key element does not match the schema");
        }
        return key;
    }
}
