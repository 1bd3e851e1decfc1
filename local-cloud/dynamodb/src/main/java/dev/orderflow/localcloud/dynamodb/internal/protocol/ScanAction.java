package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.expr.Condition;
import dev.orderflow.localcloud.dynamodb.internal.expr.ExpressionContext;
import dev.orderflow.localcloud.dynamodb.internal.expr.Expressions;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import dev.orderflow.localcloud.dynamodb.internal.store.Key;
import dev.orderflow.localcloud.dynamodb.internal.store.Table;
import java.io.IOException;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Predicate;

/** Scan: the whole table or index in key order; Segment/TotalSegments split it by partition key hash. */
final class ScanAction implements Action {

    private final Database db;

    ScanAction(Database db) {
        this.db = db;
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        Table table = db.table(Requests.tableName(request));
        ExpressionContext context = Requests.expressionContext(request);
        ReadTarget target = new ReadTarget(table, request, context);
        String filterText = Requests.text(request, "FilterExpression");
        Condition filter = filterText == null ? null : Expressions.filter(filterText, context);
        Requests.finishExpressions(request, context, "FilterExpression", "ProjectionExpression");
        int limit = Requests.limit(request);
        Predicate<Map<String, Value>> inSegment = segment(request, target);

        NavigableMap<Key, Map<String, Value>> data = target.data();
        Key start = target.startKey(request);
        if (start != null) {
            data = data.tailMap(start, false);
        }
        NavigableMap<Key, Map<String, Value>> view = data;
        Iterable<Map.Entry<Key, Map<String, Value>>> entries =
                () -> view.entrySet().stream().filter(e -> inSegment.test(e.getValue())).iterator();
        Pages.write(out, request, target, entries, item -> true, filter, limit);
    }

    private static Predicate<Map<String, Value>> segment(JsonNode request, ReadTarget target) {
        JsonNode segment = request.get("Segment");
        JsonNode total = request.get("TotalSegments");
        if (segment == null && total == null) {
            return item -> true;
        }
        if (total == null) {
            throw DynamoDbError.validation("The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
        }
        if (segment == null) {
            throw DynamoDbError.validation("The Segment parameter is required but was not present in the request when parameter TotalSegments is present");
        }
        if (!segment.isIntegralNumber() || !total.isIntegralNumber()) {
            throw Requests.wrongType("Segment", "an integer");
        }
        int n = total.asInt();
        int s = segment.asInt();
        if (n < 1 || n > 1_000_000) {
            throw Requests.constraint(total.asText(), "totalSegments", "Member must have value between 1 and 1000000");
        }
        if (s < 0 || s >= n) {
            throw DynamoDbError.validation("The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: "
                    + s + " is not less than TotalSegments: " + n);
        }
        String hashName = target.keys().hashName();
        return item -> Math.floorMod(item.get(hashName).hashCode(), n) == s;
    }
}
