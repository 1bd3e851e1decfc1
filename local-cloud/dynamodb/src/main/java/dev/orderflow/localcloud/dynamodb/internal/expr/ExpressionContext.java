package dev.orderflow.localcloud.dynamodb.internal.expr;

import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ExpressionAttributeNames and ExpressionAttributeValues of one request, shared by all its
 * expressions, recording which were used so that unused ones are rejected as DynamoDB does.
 */
public final class ExpressionContext {

    private final Map<String, String> names;
    private final Map<String, Value> values;
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedValues = new HashSet<>();

    public ExpressionContext(Map<String, String> names, Map<String, Value> values) {
        this.names = names;
        this.values = values;
    }

    String name(String ref, TokenStream tokens) {
        String name = names == null ? null : names.get(ref);
        if (name == null) {
            throw tokens.error("An expression attribute name used in the document path is not defined; attribute name: " + ref);
        }
        usedNames.add(ref);
        return name;
    }

    Value value(String ref, TokenStream tokens) {
        Value value = values == null ? null : values.get(ref);
        if (value == null) {
            throw tokens.error("An expression attribute value used in expression is not defined; attribute value: " + ref);
        }
        usedValues.add(ref);
        return value;
    }

    /** Call after parsing every expression of the request. */
    public void checkAllUsed() {
        if (names != null) {
            Set<String> unused = new TreeSet<>(names.keySet());
            unused.removeAll(usedNames);
            if (!unused.isEmpty()) {
                throw DynamoDbError.validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {"
                        + String.join(", ", unused) + "}");
            }
        }
        if (values != null) {
            Set<String> unused = new TreeSet<>(values.keySet());
            unused.removeAll(usedValues);
            if (!unused.isEmpty()) {
                throw DynamoDbError.validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {"
                        + String.join(", ", unused) + "}");
            }
        }
    }
}
