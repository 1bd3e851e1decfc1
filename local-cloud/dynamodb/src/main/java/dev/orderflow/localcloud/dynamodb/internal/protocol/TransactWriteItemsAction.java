package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.expr.Condition;
import dev.orderflow.localcloud.dynamodb.internal.expr.ExpressionContext;
import dev.orderflow.localcloud.dynamodb.internal.expr.UpdateExpression;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.model.ValueCodec;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import dev.orderflow.localcloud.dynamodb.internal.store.ItemChange;
import dev.orderflow.localcloud.dynamodb.internal.store.Key;
import dev.orderflow.localcloud.dynamodb.internal.store.Table;
import dev.orderflow.localcloud.dynamodb.internal.store.TransactionWrite;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TransactWriteItems: up to 100 Put, Update, Delete and ConditionCheck actions, all or nothing.
 * A cancelled transaction reports one reason per action, in order.
 */
final class TransactWriteItemsAction implements Action {

    private static final int MAX_ACTIONS = 100;
    private final Database db;
    private final TransactionTokens tokens;

    TransactWriteItemsAction(Database db, TransactionTokens tokens) {
        this.db = db;
        this.tokens = tokens;
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        JsonNode items = Requests.requiredArray(request, "TransactItems", "transactItems");
        if (items.size() < 1 || items.size() > MAX_ACTIONS) {
            throw Requests.constraint(items.toString(), "transactItems", items.size() < 1
                    ? "Member must have length greater than or equal to 1"
                    : "Member must have length less than or equal to 100");
        }
        List<TransactionWrite> writes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode item : items) {
            TransactionWrite write = parse(item);
            if (!seen.add(write.table().definition().name() + "\u0000" + write.key())) {
                throw DynamoDbError.validation("Transaction request cannot include multiple operations on one item");
            }
            writes.add(write);
        }
        String token = Requests.text(request, "ClientRequestToken");
        synchronized (tokens) {
            if (token == null || !tokens.alreadyCommitted(token, items)) {
                db.transact(writes);
                if (token != null) {
                    tokens.committed(token, items);
                }
            }
        }
        out.writeStartObject();
        out.writeEndObject();
    }

    private TransactionWrite parse(JsonNode item) {
        List<String> kinds = new ArrayList<>();
        item.fieldNames().forEachRemaining(kinds::add);
        if (kinds.size() != 1 || !List.of("Put", "Update", "Delete", "ConditionCheck").contains(kinds.get(0))) {
            throw DynamoDbError.validation("TransactItems can only contain one of Check, Put, Update or Delete");
        }
        String kind = kinds.get(0);
        JsonNode action = Requests.object(item, kind);
        if (action == null) {
            throw Requests.constraint("null", "transactItems.member." + kind, "Member must not be null");
        }
        Table table = db.table(Requests.tableName(action));
        ExpressionContext context = Requests.expressionContext(action);
        boolean oldOnFailure = ItemChanges.allOldOnFailure(action);
        if (kind.equals("Put")) {
            return put(table, action, context, oldOnFailure);
        }
        Map<String, Value> key = KeyValidator.key(table.definition().keys(), action.get("Key"));
        switch (kind) {
            case "Update": return update(table, key, action, context, oldOnFailure);
            case "Delete":
                return write(table, key, ItemChanges.guarded(finish(action, context, "ConditionExpression"),
                        oldOnFailure, current -> null));
            default:
                Condition check = finish(action, context, "ConditionExpression");
                if (check == null) {
                    throw Requests.constraint("null", "transactItems.member.conditionCheck.conditionExpression", "Member must not be null");
                }
                return write(table, key, ItemChanges.guarded(check, oldOnFailure, current -> current));
        }
    }

    private static TransactionWrite put(Table table, JsonNode action, ExpressionContext context, boolean oldOnFailure) {
        Map<String, Value> newItem = ValueCodec.readItem(Requests.required(action, "Item", "item"));
        KeyValidator.item(table.definition().keys(), newItem);
        Condition condition = finish(action, context, "ConditionExpression");
        return write(table, newItem, ItemChanges.guarded(condition, oldOnFailure, current -> newItem));
    }

    private static TransactionWrite update(Table table, Map<String, Value> key, JsonNode action,
                                           ExpressionContext context, boolean oldOnFailure) {
        UpdateExpression update = ItemChanges.update(action, context, table.definition().keys());
        if (update == null) {
            throw Requests.constraint("null", "transactItems.member.update.updateExpression", "Member must not be null");
        }
        Condition condition = finish(action, context, "UpdateExpression", "ConditionExpression");
        return write(table, key, ItemChanges.guarded(condition, oldOnFailure, ItemChanges.applying(update, key)));
    }

    private static Condition finish(JsonNode action, ExpressionContext context, String... expressions) {
        Condition condition = ItemChanges.condition(action, context);
        Requests.finishExpressions(action, context, expressions);
        return condition;
    }

    private static TransactionWrite write(Table table, Map<String, Value> keyOrItem, ItemChange change) {
        Key key = table.primaryKey(keyOrItem);
        return new TransactionWrite(table, key, change);
    }
}
