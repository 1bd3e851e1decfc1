package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.expr.ExpressionContext;
import dev.orderflow.localcloud.dynamodb.internal.expr.Projection;
import dev.orderflow.localcloud.dynamodb.internal.model.ItemSize;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import dev.orderflow.localcloud.dynamodb.internal.store.Table;
import java.io.IOException;
import java.util.Map;

/** GetItem: one item by key. Reads are always the latest committed state (so always consistent). */
final class GetItemAction implements Action {

    private final Database db;

    GetItemAction(Database db) {
        this.db = db;
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        Table table = db.table(Requests.tableName(request));
        Map<String, Value> key = KeyValidator.key(table.definition().keys(), request.get("Key"));
        ExpressionContext context = Requests.expressionContext(request);
        Projection projection = Projections.of(request, context);
        Requests.finishExpressions(request, context, "ProjectionExpression");

        Map<String, Value> item = table.get(table.primaryKey(key));
        out.writeStartObject();
        if (item != null) {
            Responses.item(out, "Item", projection == null ? item : projection.apply(item));
        }
        Responses.capacity(out, request, table.definition().name(),
                Responses.readUnits(item == null ? 0 : ItemSize.of(item), Requests.flag(request, "ConsistentRead")));
        out.writeEndObject();
    }
}
