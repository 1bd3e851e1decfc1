package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.expr.Condition;
import dev.orderflow.localcloud.dynamodb.internal.expr.ExpressionContext;
import dev.orderflow.localcloud.dynamodb.internal.model.ItemSize;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.model.ValueCodec;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import dev.orderflow.localcloud.dynamodb.internal.store.Table;
import dev.orderflow.localcloud.dynamodb.internal.store.WriteResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** PutItem: replaces a whole item, optionally under a ConditionExpression. */
final class PutItemAction implements Action {

    private final Database db;

    PutItemAction(Database db) {
        this.db = db;
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        Table table = db.table(Requests.tableName(request));
        Map<String, Value> item = ValueCodec.readItem(Requests.required(request, "Item", "item"));
        KeyValidator.item(table.definition().keys(), item);
        ExpressionContext context = Requests.expressionContext(request);
        Condition condition = ItemChanges.condition(request, context);
        Requests.finishExpressions(request, context, "ConditionExpression");
        String returnValues = Requests.returnValues(request, "ReturnValues", List.of("NONE", "ALL_OLD"));
        boolean oldOnFailure = ItemChanges.allOldOnFailure(request);

        WriteResult r = db.write(table, table.primaryKey(item),
                ItemChanges.guarded(condition, oldOnFailure, current -> item));

        out.writeStartObject();
        if (returnValues.equals("ALL_OLD") && r.before() != null) {
            Responses.item(out, "Attributes", r.before());
        }
        Responses.capacity(out, request, table.definition().name(), Responses.writeUnits(ItemSize.of(item)));
        out.writeEndObject();
    }
}
