package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.expr.Condition;
import dev.orderflow.localcloud.dynamodb.internal.expr.ExpressionContext;
import dev.orderflow.localcloud.dynamodb.internal.expr.UpdateExpression;
import dev.orderflow.localcloud.dynamodb.internal.model.ItemSize;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import dev.orderflow.localcloud.dynamodb.internal.store.Table;
import dev.orderflow.localcloud.dynamodb.internal.store.WriteResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** UpdateItem: edits (or creates) an item with an UpdateExpression, optionally conditionally. */
final class UpdateItemAction implements Action {

    private final Database db;

    UpdateItemAction(Database db) {
        this.db = db;
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        Table table = db.table(Requests.tableName(request));
        Map<String, Value> key = KeyValidator.key(table.definition().keys(), request.get("Key"));
        ExpressionContext context = Requests.expressionContext(request);
        UpdateExpression update = ItemChanges.update(request, context, table.definition().keys());
        Condition condition = ItemChanges.condition(request, context);
        Requests.finishExpressions(request, context, "UpdateExpression", "ConditionExpression");
        String returnValues = Requests.returnValues(request, "ReturnValues",
                List.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"));
        boolean oldOnFailure = ItemChanges.allOldOnFailure(request);

        WriteResult r = db.write(table, table.primaryKey(key),
                ItemChanges.guarded(condition, oldOnFailure, ItemChanges.applying(update, key)));

        out.writeStartObject();
        Map<String, Value> attributes = ItemChanges.returned(returnValues, update, r);
        if (attributes != null) {
            Responses.item(out, "Attributes", attributes);
        }
        Responses.capacity(out, request, table.definition().name(), Responses.writeUnits(ItemSize.of(r.after())));
        out.writeEndObject();
    }
}
