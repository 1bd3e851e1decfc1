package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.expr.Condition;
import dev.orderflow.localcloud.dynamodb.internal.expr.ExpressionContext;
import dev.orderflow.localcloud.dynamodb.internal.expr.Expressions;
import dev.orderflow.localcloud.dynamodb.internal.expr.Projection;
import dev.orderflow.localcloud.dynamodb.internal.expr.UpdateExpression;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.store.ItemChange;
import dev.orderflow.localcloud.dynamodb.internal.store.KeySchema;
import dev.orderflow.localcloud.dynamodb.internal.store.WriteResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The item changes of Put, Update, Delete and ConditionCheck, shared by the single and transactional forms. */
final class ItemChanges {

    private ItemChanges() {
    }

    static Condition condition(JsonNode request, ExpressionContext context) {
        String text = Requests.text(request, "ConditionExpression");
        return text == null ? null : Expressions.condition(text, context);
    }

    /** Checks the condition on the current item (absent = empty), then applies the change. */
    static ItemChange guarded(Condition condition, boolean returnOldOnFailure, ItemChange change) {
        return current -> {
            if (condition != null && !condition.test(current == null ? Map.of() : current)) {
                throw DynamoDbError.conditionalCheckFailed(returnOldOnFailure ? current : null);
            }
            return change.apply(current);
        };
    }

    static boolean allOldOnFailure(JsonNode request) {
        return "ALL_OLD".equals(Requests.returnValues(request, "ReturnValuesOnConditionCheckFailure",
                List.of("NONE", "ALL_OLD")));
    }

    static UpdateExpression update(JsonNode request, ExpressionContext context, KeySchema keys) {
        String text = Requests.text(request, "UpdateExpression");
        if (text == null) {
            return null;
        }
        UpdateExpression update = UpdateExpression.parse(text, context);
        update.paths().forEach(path -> {
            if (keys.isKeyAttribute(path.first())) {
                throw DynamoDbError.validation("One or more parameter values were invalid: Cannot update attribute "
                        + path.first() + ". This attribute is part of the key");
            }
        });
        return update;
    }

    /** The new item of an UpdateItem: the update applied to the item, or to just its key when absent. */
    static ItemChange applying(UpdateExpression update, Map<String, Value> key) {
        return current -> {
            Map<String, Value> base = current != null ? current : key;
            if (update == null) {
                return current != null ? current : Collections.unmodifiableMap(new LinkedHashMap<>(key));
            }
            return update.apply(base);
        };
    }

    /** The Attributes an UpdateItem returns for its ReturnValues. */
    static Map<String, Value> returned(String returnValues, UpdateExpression update, WriteResult r) {
        switch (returnValues) {
            case "ALL_OLD": return r.before();
            case "ALL_NEW": return r.after();
            case "UPDATED_OLD":
                return r.before() == null || update == null ? null : updated(update, r.before());
            case "UPDATED_NEW":
                return update == null ? null : updated(update, r.after());
            default: return null;
        }
    }

    private static Map<String, Value> updated(UpdateExpression update, Map<String, Value> item) {
        Map<String, Value> projected = new Projection(update.paths()).apply(item);
        return projected.isEmpty() ? null : projected;
    }
}
