package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.expr.ExpressionContext;
import dev.orderflow.localcloud.dynamodb.internal.expr.Projection;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.model.ValueCodec;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import dev.orderflow.localcloud.dynamodb.internal.store.Key;
import dev.orderflow.localcloud.dynamodb.internal.store.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** BatchGetItem: up to 100 keys over several tables; everything is processed (UnprocessedKeys is empty). */
final class BatchGetItemAction implements Action {

    private static final int MAX_KEYS = 100;
    private final Database db;

    BatchGetItemAction(Database db) {
        this.db = db;
    }

    private record TableRead(Table table, List<Key> keys, Projection projection) {
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        JsonNode requestItems = Requests.requiredObject(request, "RequestItems", "requestItems");
        if (requestItems.isEmpty()) {
            throw Requests.constraint("{}", "requestItems", "Member must have length greater than or equal to 1");
        }
        Map<String, TableRead> reads = new LinkedHashMap<>();
        int total = 0;
        for (Map.Entry<String, JsonNode> e : requestItems.properties()) {
            Table table = db.table(e.getKey());
            JsonNode keysNode = Requests.requiredArray(e.getValue(), "Keys", "requestItems." + e.getKey() + ".member.keys");
            ExpressionContext context = Requests.expressionContext(e.getValue());
            Projection projection = Projections.of(e.getValue(), context);
            Requests.finishExpressions(e.getValue(), context, "ProjectionExpression");
            List<Key> keys = new ArrayList<>();
            Set<Key> seen = new HashSet<>();
            for (JsonNode keyNode : keysNode) {
                Key key = table.primaryKey(KeyValidator.key(table.definition().keys(), keyNode));
                if (!seen.add(key)) {
                    throw DynamoDbError.validation("Provided list of item keys contains duplicates");
                }
                keys.add(key);
            }
            total += keys.size();
            reads.put(e.getKey(), new TableRead(table, keys, projection));
        }
        if (total > MAX_KEYS) {
            throw DynamoDbError.validation("Too many items requested for the BatchGetItem call");
        }
        out.writeStartObject();
        out.writeObjectFieldStart("Responses");
        for (Map.Entry<String, TableRead> e : reads.entrySet()) {
            out.writeArrayFieldStart(e.getKey());
            for (Key key : e.getValue().keys()) {
                Map<String, Value> item = e.getValue().table().get(key);
                if (item != null) {
                    ValueCodec.writeItem(out, e.getValue().projection() == null ? item : e.getValue().projection().apply(item));
                }
            }
            out.writeEndArray();
        }
        out.writeEndObject();
        out.writeObjectFieldStart("UnprocessedKeys");
        out.writeEndObject();
        out.writeEndObject();
    }
}
