package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.expr.Condition;
import dev.orderflow.localcloud.dynamodb.internal.expr.ExpressionContext;
import dev.orderflow.localcloud.dynamodb.internal.expr.Expressions;
import dev.orderflow.localcloud.dynamodb.internal.expr.KeyCondition;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import dev.orderflow.localcloud.dynamodb.internal.store.Key;
import dev.orderflow.localcloud.dynamodb.internal.store.Table;
import java.io.IOException;
import java.util.Map;
import java.util.NavigableMap;

/** Query: one partition of the table or an index, in sort-key order (or reversed). */
final class QueryAction implements Action {

    private final Database db;

    QueryAction(Database db) {
        this.db = db;
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        Table table = db.table(Requests.tableName(request));
        ExpressionContext context = Requests.expressionContext(request);
        ReadTarget target = new ReadTarget(table, request, context);
        String keyText = Requests.text(request, "KeyConditionExpression");
        if (keyText == null) {
            throw DynamoDbError.validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }
        KeyCondition key = Expressions.keyCondition(keyText, context, target.keys().toConditionSchema());
        String filterText = Requests.text(request, "FilterExpression");
        Condition filter = filterText == null ? null
                : Expressions.queryFilter(filterText, context, target.keys().toConditionSchema());
        Requests.finishExpressions(request, context, "KeyConditionExpression", "FilterExpression", "ProjectionExpression");
        int limit = Requests.limit(request);
        boolean forward = !request.hasNonNull("ScanIndexForward") || Requests.flag(request, "ScanIndexForward");

        NavigableMap<Key, Map<String, Value>> range = range(target.data(), key);
        Key start = target.startKey(request);
        if (start != null) {
            range = forward ? range.tailMap(start, false) : range.headMap(start, false);
        }
        String rangeName = target.keys().rangeName();
        Pages.write(out, request, target, (forward ? range : range.descendingMap()).entrySet(),
                item -> rangeName == null || key.matchesRange(item.get(rangeName)), filter, limit);
    }

    /** The stretch of sorted data the key condition can match. */
    private static NavigableMap<Key, Map<String, Value>> range(NavigableMap<Key, Map<String, Value>> data, KeyCondition c) {
        Value h = c.hash();
        Key from = Key.before(h);
        Key to = Key.after(h);
        switch (c.op()) {
            case EQ: from = Key.before(h, c.low()); to = Key.after(h, c.low()); break;
            case LT: to = Key.before(h, c.low()); break;
            case LE: to = Key.after(h, c.low()); break;
            case GT: from = Key.after(h, c.low()); break;
            case GE: case BEGINS_WITH: from = Key.before(h, c.low()); break;
            case BETWEEN:
                if (dev.orderflow.localcloud.dynamodb.internal.model.ValueOrder.compare(c.low(), c.high()) > 0) {
                    throw DynamoDbError.validation("Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound");
                }
                from = Key.before(h, c.low());
                to = Key.after(h, c.high());
                break;
            default: break;
        }
        return data.subMap(from, true, to, true);
    }
}
