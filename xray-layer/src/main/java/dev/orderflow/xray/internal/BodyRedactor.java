package dev.orderflow.xray.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.xray.LayerConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies an event or response for the trace with every field named like personal data replaced
 * by {@code "[redacted]"}, including inside JSON carried as a string (an API Gateway body, an SQS
 * message). A string that is not JSON is recorded only as its length.
 */
final class BodyRedactor {
    static final String REDACTED = "[redacted]";

    private final ObjectMapper mapper;
    private final LayerConfig config;

    BodyRedactor(ObjectMapper mapper, LayerConfig config) {
        this.mapper = mapper;
        this.config = config;
    }

    JsonNode redact(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode copy = node.deepCopy();
        return scrub(copy);
    }

    private JsonNode scrub(JsonNode node) {
        if (node.isObject()) {
            // Names first, then replace: field names only, the API of every Jackson 2 the runtime may carry.
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>(object.size());
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = config.isRedacted(name) ? mapper.getNodeFactory().textNode(REDACTED) : scrub(object.get(name));
                object.replace(name, value);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, scrub(node.get(i)));
            }
        } else if (node.isTextual() && node.asText().startsWith("{")) {
            return scrubEmbedded(node.asText());
        }
        return node;
    }

    private JsonNode scrubEmbedded(String text) {
        try {
            return scrub(mapper.readTree(text));
        } catch (Exception notJson) {
            return mapper.getNodeFactory().textNode("[" + text.length() + " characters, not JSON]");
        }
    }
}
