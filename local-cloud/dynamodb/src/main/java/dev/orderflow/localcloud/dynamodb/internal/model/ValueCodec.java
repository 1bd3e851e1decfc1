package dev.orderflow.localcloud.dynamodb.internal.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** AttributeValue JSON ({"S":"x"}, {"N":"1"}, ...) to and from {@link Value}, with DynamoDB's checks. */
public final class ValueCodec {

    /** DynamoDB allows documents nested up to 32 levels. */
    private static final int MAX_DEPTH = 32;

    private ValueCodec() {
    }

    /** Reads an item ({name: AttributeValue}); null or missing gives an empty map. */
    public static Map<String, Value> readItem(JsonNode node) {
        return readItem(node, 0);
    }

    private static Map<String, Value> readItem(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            throw DynamoDbError.validation("Nesting Levels have exceeded supported limits");
        }
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw DynamoDbError.serialization("Start of structure or map found where not expected");
        }
        Map<String, Value> item = new LinkedHashMap<>(node.size() * 2);
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            item.put(field.getKey(), read(field.getValue(), depth));
        }
        return Collections.unmodifiableMap(item);
    }

    public static Value read(JsonNode node) {
        return read(node, 0);
    }

    private static Value read(JsonNode node, int depth) {
        if (node == null || !node.isObject()) {
            throw DynamoDbError.serialization("Unexpected value type in payload, expected an AttributeValue");
        }
        if (node.size() != 1) {
            throw DynamoDbError.validation(node.size() == 0
                    ? "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"
                    : "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
        }
        Map.Entry<String, JsonNode> only = node.properties().iterator().next();
        return read(only.getKey(), only.getValue(), depth);
    }

    private static Value read(String type, JsonNode v, int depth) {
        switch (type) {
            case "S": return new Value.S(text(v));
            case "N": return new Value.N(Numbers.parse(text(v)));
            case "B": return new Value.B(binary(v));
            case "BOOL": return new Value.Bool(v.asBoolean());
            case "NULL":
                if (!v.asBoolean()) {
                    throw DynamoDbError.validation(
                            "One or more parameter values were invalid: Null attribute value types must have the value of true");
                }
                return new Value.Null();
            case "M": return new Value.M(readItem(v, depth + 1));
            case "L": return new Value.L(readList(v, depth + 1));
            case "SS": return new Value.SS(readSet(v, "string", ValueCodec::text));
            case "NS": return new Value.NS(readSet(v, "number", n -> Numbers.parse(text(n))));
            case "BS": return new Value.BS(readSet(v, "binary", n -> new Value.Bytes(binary(n))));
            default:
                throw DynamoDbError.validation(
                        "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
    }

    private static List<Value> readList(JsonNode v, int depth) {
        if (depth > MAX_DEPTH) {
            throw DynamoDbError.validation("Nesting Levels have exceeded supported limits");
        }
        if (!v.isArray()) {
            throw DynamoDbError.serialization("Unexpected value type in payload, expected a list");
        }
        List<Value> list = new ArrayList<>(v.size());
        v.forEach(element -> list.add(read(element, depth)));
        return Collections.unmodifiableList(list);
    }

    private static <T> Set<T> readSet(JsonNode v, String kind, java.util.function.Function<JsonNode, T> member) {
        if (!v.isArray()) {
            throw DynamoDbError.serialization("Unexpected value type in payload, expected a list");
        }
        if (v.isEmpty()) {
            throw DynamoDbError.validation("One or more parameter values were invalid: An " + kind + " set  may not be empty");
        }
        Set<T> set = new LinkedHashSet<>();
        for (JsonNode element : v) {
            if (!set.add(member.apply(element))) {
                throw DynamoDbError.validation("One or more parameter values were invalid: Input collection "
                        + v + " contains duplicates.");
            }
        }
        return Collections.unmodifiableSet(set);
    }

    private static String text(JsonNode v) {
        if (!v.isTextual()) {
            throw DynamoDbError.serialization("NUMBER_VALUE cannot be converted to String");
        }
        return v.textValue();
    }

    private static byte[] binary(JsonNode v) {
        try {
            return Base64.getDecoder().decode(text(v));
        } catch (IllegalArgumentException e) {
            throw DynamoDbError.serialization("Base64 encoded length is expected a multiple of 4 bytes but found: "
                    + v.asText().length());
        }
    }

    public static void writeItem(JsonGenerator out, Map<String, Value> item) throws IOException {
        out.writeStartObject();
        for (Map.Entry<String, Value> e : item.entrySet()) {
            out.writeFieldName(e.getKey());
            write(out, e.getValue());
        }
        out.writeEndObject();
    }

    public static void write(JsonGenerator out, Value value) throws IOException {
        out.writeStartObject();
        out.writeFieldName(value.type());
        if (value instanceof Value.S s) {
            out.writeString(s.value());
        } else if (value instanceof Value.N n) {
            out.writeString(Numbers.format(n.value()));
        } else if (value instanceof Value.B b) {
            out.writeString(Base64.getEncoder().encodeToString(b.value()));
        } else if (value instanceof Value.Bool b) {
            out.writeBoolean(b.value());
        } else if (value instanceof Value.Null) {
            out.writeBoolean(true);
        } else if (value instanceof Value.M m) {
            writeItem(out, m.value());
        } else if (value instanceof Value.L l) {
            out.writeStartArray();
            for (Value element : l.value()) {
                write(out, element);
            }
            out.writeEndArray();
        } else {
            writeSet(out, value);
        }
        out.writeEndObject();
    }

    private static void writeSet(JsonGenerator out, Value value) throws IOException {
        out.writeStartArray();
        if (value instanceof Value.SS ss) {
            for (String s : ss.value()) {
                out.writeString(s);
            }
        } else if (value instanceof Value.NS ns) {
            for (BigDecimal n : ns.value()) {
                out.writeString(Numbers.format(n));
            }
        } else if (value instanceof Value.BS bs) {
            for (Value.Bytes b : bs.value()) {
                out.writeString(Base64.getEncoder().encodeToString(b.value()));
            }
        }
        out.writeEndArray();
    }
}
