package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.expr.ExpressionContext;
import dev.orderflow.localcloud.dynamodb.internal.expr.Projection;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import dev.orderflow.localcloud.dynamodb.internal.store.Key;
import dev.orderflow.localcloud.dynamodb.internal.store.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** TransactGetItems: up to 100 items read as of one instant (no transaction is half seen). */
final class TransactGetItemsAction implements Action {

    private final Database db;

    TransactGetItemsAction(Database db) {
        this.db = db;
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        JsonNode items = Requests.requiredArray(request, "TransactItems", "transactItems");
        if (items.size() < 1 || items.size() > 100) {
            throw Requests.constraint(items.toString(), "transactItems", items.size() < 1
                    ? "Member must have length greater than or equal to 1"
                    : "Member must have length less than or equal to 100");
        }
        List<Table> tables = new ArrayList<>();
        List<Key> keys = new ArrayList<>();
        List<Projection> projections = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode get = Requests.object(item, "Get");
            if (get == null) {
                throw DynamoDbError.validation("TransactItems can only contain Get actions");
            }
            Table table = db.table(Requests.tableName(get));
            Map<String, Value> key = KeyValidator.key(table.definition().keys(), get.get("Key"));
            ExpressionContext context = Requests.expressionContext(get);
            projections.add(Projections.of(get, context));
            Requests.finishExpressions(get, context, "ProjectionExpression");
            tables.add(table);
            keys.add(table.primaryKey(key));
        }
        List<Map<String, Value>> found = db.readTogether(tables, keys);
        out.writeStartObject();
        out.writeArrayFieldStart("Responses");
        for (int i = 0; i < found.size(); i++) {
            out.writeStartObject();
            Map<String, Value> item = found.get(i);
            if (item != null) {
                Responses.item(out, "Item", projections.get(i) == null ? item : projections.get(i).apply(item));
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
