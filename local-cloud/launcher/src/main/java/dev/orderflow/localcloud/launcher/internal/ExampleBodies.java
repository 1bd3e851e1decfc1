package dev.orderflow.localcloud.launcher.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.edge.Json;
import java.util.Iterator;

/** A small body that satisfies a model's required fields, for the banner's curl example. */
final class ExampleBodies {

    private ExampleBodies() {
    }

    static JsonNode of(JsonNode schema) {
        switch (schema.path("type").asText("object")) {
            case "object": {
                ObjectNode object = Json.MAPPER.createObjectNode();
                for (JsonNode required : schema.path("required")) {
                    object.set(required.asText(), of(schema.path("properties").path(required.asText())));
                }
                return object;
            }
            case "array": {
                ArrayNode array = Json.MAPPER.createArrayNode();
                for (int i = 0; i < Math.max(1, schema.path("minItems").asInt(1)); i++) {
                    array.add(of(schema.path("items")));
                }
                return array;
            }
            case "integer":
            case "number":
                return Json.MAPPER.getNodeFactory().numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            case "boolean":
                return Json.MAPPER.getNodeFactory().booleanNode(true);
            default:
                return Json.MAPPER.getNodeFactory().textNode(firstEnum(schema).orElse("example-1"));
        }
    }

    private static java.util.Optional<String> firstEnum(JsonNode schema) {
        Iterator<JsonNode> values = schema.path("enum").elements();
        return values.hasNext() ? java.util.Optional.of(values.next().asText()) : java.util.Optional.empty();
    }
}
