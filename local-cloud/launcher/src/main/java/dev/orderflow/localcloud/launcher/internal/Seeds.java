package dev.orderflow.localcloud.launcher.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.dynamodb.DynamoDbProtocol;
import dev.orderflow.localcloud.dynamodb.DynamoDbResponse;
import dev.orderflow.localcloud.edge.Json;
import dev.orderflow.localcloud.template.SamTemplate;
import dev.orderflow.localcloud.template.TableDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Loads {@code --seed} data: a JSON object whose keys are tables (logical id or name) and whose
 * values are arrays of items in plain JSON ({@code {"sku":"A-1","available":10}}), written with
 * PutItem. Strings become S, numbers N, booleans BOOL, null NULL, arrays L, objects M.
 */
public final class Seeds {

    private Seeds() {
    }

    /** Returns the number of items written; throws naming the table or item that was refused. */
    public static int load(Path file, SamTemplate template, DynamoDbProtocol dynamodb) {
        JsonNode seed;
        try {
            seed = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("--seed " + file + ": not readable JSON: " + e.getMessage(), e);
        }
        if (seed == null || !seed.isObject()) {
            throw new IllegalArgumentException("--seed " + file + ": expected {\"<table>\": [items...]}");
        }
        int written = 0;
        for (Iterator<Map.Entry<String, JsonNode>> tables = seed.fields(); tables.hasNext();) {
            Map.Entry<String, JsonNode> entry = tables.next();
            TableDefinition table = template.tables().stream()
                    .filter(t -> t.logicalId().equals(entry.getKey()) || t.tableName().equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--seed: no table " + entry.getKey() + " in the template"));
            if (!entry.getValue().isArray()) {
                throw new IllegalArgumentException("--seed: " + entry.getKey() + " must be an array of items");
            }
            for (JsonNode item : entry.getValue()) {
                put(dynamodb, table, item);
                written++;
            }
        }
        return written;
    }

    private static void put(DynamoDbProtocol dynamodb, TableDefinition table, JsonNode item) {
        if (!item.isObject()) {
            throw new IllegalArgumentException("--seed: items of " + table.logicalId() + " must be JSON objects: " + item);
        }
        ObjectNode request = Json.MAPPER.createObjectNode().put("TableName", table.tableName());
        request.set("Item", attributes(item));
        DynamoDbResponse response = Tables.call(dynamodb, "PutItem", request);
        if (response.statusCode() != 200) {
            throw new IllegalArgumentException("--seed: " + table.logicalId() + " refused " + item + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    static ObjectNode attributes(JsonNode object) {
        ObjectNode attributes = Json.MAPPER.createObjectNode();
        object.fields().forEachRemaining(field -> attributes.set(field.getKey(), value(field.getValue())));
        return attributes;
    }

    private static JsonNode value(JsonNode value) {
        ObjectNode typed = Json.MAPPER.createObjectNode();
        if (value.isTextual()) {
            typed.put("S", value.asText());
        } else if (value.isNumber()) {
            typed.put("N", value.asText());
        } else if (value.isBoolean()) {
            typed.put("BOOL", value.asBoolean());
        } else if (value.isNull()) {
            typed.put("NULL", true);
        } else if (value.isArray()) {
            value.forEach(element -> typed.withArray("L").add(value(element)));
            typed.withArray("L");
        } else {
            typed.set("M", attributes(value));
        }
        return typed;
    }
}
