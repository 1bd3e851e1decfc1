package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.model.ValueCodec;
import dev.orderflow.localcloud.dynamodb.internal.store.KeySchema;
import java.util.Map;

/** Checks keys and items against a table's key schema, as DynamoDB does before touching data. */
final class KeyValidator {

    private KeyValidator() {
    }

    /** A Key parameter: exactly the key attributes, of the right types, not empty. */
    static Map<String, Value> key(KeySchema keys, JsonNode node) {
        if (node == null || node.isNull()) {
            throw Requests.constraint("null", "key", "Member must not be null");
        }
        Map<String, Value> key = ValueCodec.readItem(node);
        int expected = keys.hasRange() ? 2 : 1;
        if (key.size() != expected || !key.containsKey(keys.hashName())
                || (keys.hasRange() && !key.containsKey(keys.rangeName()))) {
            throw DynamoDbError.validation("The provided key element does not match the schema");
        }
        for (Map.Entry<String, Value> e : key.entrySet()) {
            String type = e.getKey().equals(keys.hashName()) ? keys.hashType() : keys.rangeType();
            if (!e.getValue().type().equals(type)) {
                throw DynamoDbError.validation("The provided key element does not match the schema");
            }
            checkNotEmpty(e.getKey(), e.getValue());
        }
        return key;
    }

    /** An item to put: has every key attribute, of the right type, not empty. */
    static void item(KeySchema keys, Map<String, Value> item) {
        checkKeyAttribute(keys.hashName(), keys.hashType(), item);
        if (keys.hasRange()) {
            checkKeyAttribute(keys.rangeName(), keys.rangeType(), item);
        }
    }

    private static void checkKeyAttribute(String name, String type, Map<String, Value> item) {
        Value v = item.get(name);
        if (v == null) {
            throw DynamoDbError.validation("One or more parameter values were invalid: Missing the key " + name + " in the item");
        }
        if (!v.type().equals(type)) {
            throw DynamoDbError.validation("One or more parameter values were invalid: Type mismatch for key "
                    + name + " expected: " + type + " actual: " + v.type());
        }
        checkNotEmpty(name, v);
    }

    private static void checkNotEmpty(String name, Value v) {
        if ((v instanceof Value.S s && s.value().isEmpty()) || (v instanceof Value.B b && b.value().length == 0)) {
            throw DynamoDbError.validation("One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty "
                    + (v instanceof Value.S ? "string" : "binary") + " value. Key: " + name);
        }
    }
}
