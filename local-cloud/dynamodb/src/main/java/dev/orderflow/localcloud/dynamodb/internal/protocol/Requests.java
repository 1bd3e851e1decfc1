package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.expr.ExpressionContext;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.model.ValueCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reading and validating request fields, with DynamoDB's messages. */
final class Requests {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]+");
    private static final List<String> LEGACY = List.of("Expected", "AttributeUpdates", "KeyConditions",
            "QueryFilter", "ScanFilter", "ConditionalOperator");

    private Requests() {
    }

    static String tableName(JsonNode request) {
        return tableName(request, "TableName", "tableName");
    }

    static String tableName(JsonNode request, String field, String memberName) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            throw constraint("null", memberName, "Member must not be null");
        }
        if (!node.isTextual()) {
            throw wrongType(field, "a string");
        }
        String name = node.textValue();
        if (name.length() < 3) {
            throw constraint(name, memberName, "Member must have length greater than or equal to 3");
        }
        if (name.length() > 255) {
            throw constraint(name, memberName, "Member must have length less than or equal to 255");
        }
        if (!TABLE_NAME.matcher(name).matches()) {
            throw constraint(name, memberName, "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        }
        return name;
    }

    static DynamoDbError constraint(String value, String member, String rule) {
        String shown = value.equals("null") ? "null" : "'" + value + "'";
        return DynamoDbError.validation("1 validation error detected: Value " + shown + " at '" + member
                + "' failed to satisfy constraint: " + rule);
    }

    /** A string field, or null when absent; any other JSON type is a SerializationException. */
    static String text(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw wrongType(field, "a string");
        }
        return node.textValue();
    }

    /** An object field, or null when absent. */
    static JsonNode object(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw wrongType(field, "a structure or map");
        }
        return node;
    }

    /** An array field, or null when absent. */
    static JsonNode array(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw wrongType(field, "a list");
        }
        return node;
    }

    static JsonNode required(JsonNode request, String field, String member) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            throw constraint("null", member, "Member must not be null");
        }
        return node;
    }

    static JsonNode requiredObject(JsonNode request, String field, String member) {
        required(request, field, member);
        return object(request, field);
    }

    static JsonNode requiredArray(JsonNode request, String field, String member) {
        required(request, field, member);
        return array(request, field);
    }

    static String requiredText(JsonNode request, String field, String member) {
        required(request, field, member);
        return text(request, field);
    }

    static boolean flag(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw wrongType(field, "a boolean");
        }
        return node.booleanValue();
    }

    static DynamoDbError wrongType(String field, String expected) {
        return DynamoDbError.serialization("Unexpected value type in payload: " + field + " must be " + expected);
    }

    /** ExpressionAttributeNames / Values of a request (or of one transaction item). */
    static ExpressionContext expressionContext(JsonNode request) {
        rejectLegacy(request);
        JsonNode names = object(request, "ExpressionAttributeNames");
        JsonNode values = object(request, "ExpressionAttributeValues");
        Map<String, String> nameMap = null;
        if (names != null && !names.isNull()) {
            if (names.isEmpty()) {
                throw DynamoDbError.validation("ExpressionAttributeNames must not be empty");
            }
            nameMap = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : names.properties()) {
                if (!e.getValue().isTextual()) {
                    throw wrongType("ExpressionAttributeNames", "a map of strings");
                }
                nameMap.put(e.getKey(), e.getValue().textValue());
            }
        }
        Map<String, Value> valueMap = null;
        if (values != null && !values.isNull()) {
            if (values.isEmpty()) {
                throw DynamoDbError.validation("ExpressionAttributeValues must not be empty");
            }
            valueMap = ValueCodec.readItem(values);
        }
        return new ExpressionContext(nameMap, valueMap);
    }

    /** After parsing: names or values given with no expression, or left unused, are errors. */
    static void finishExpressions(JsonNode request, ExpressionContext context, String... expressionFields) {
        boolean anyExpression = false;
        for (String field : expressionFields) {
            anyExpression |= text(request, field) != null;
        }
        if (!anyExpression) {
            if (request.hasNonNull("ExpressionAttributeNames")) {
                throw DynamoDbError.validation("ExpressionAttributeNames can only be specified when using expressions");
            }
            if (request.hasNonNull("ExpressionAttributeValues")) {
                throw DynamoDbError.validation("ExpressionAttributeValues can only be specified when using expressions");
            }
        }
        context.checkAllUsed();
    }

    private static void rejectLegacy(JsonNode request) {
        for (String field : LEGACY) {
            if (request.hasNonNull(field)) {
                throw DynamoDbError.validation("The legacy parameter " + field
                        + " is not supported by this local DynamoDB; use the expression parameters instead");
            }
        }
    }

    /** ReturnValues, checked against what the operation allows. */
    static String returnValues(JsonNode request, String field, List<String> allowed) {
        String value = text(request, field);
        if (value == null) {
            return "NONE";
        }
        if (!allowed.contains(value)) {
            if (List.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW").contains(value)) {
                throw DynamoDbError.validation("Return values set to invalid value");
            }
            throw constraint(value, Character.toLowerCase(field.charAt(0)) + field.substring(1),
                    "Member must satisfy enum value set: " + allowed);
        }
        return value;
    }

    /** Limit, when given, must be at least 1. */
    static int limit(JsonNode request) {
        JsonNode node = request.get("Limit");
        if (node == null || node.isNull()) {
            return Integer.MAX_VALUE;
        }
        if (!node.isIntegralNumber()) {
            throw wrongType("Limit", "an integer");
        }
        if (!node.canConvertToInt() || node.asInt() < 1) {
            throw constraint(node.asText(), "limit", "Member must have value greater than or equal to 1");
        }
        return node.asInt();
    }
}
