package dev.orderflow.xray.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads an API Gateway proxy response: its status code and, when wanted, its parsed JSON. */
final class ResponseFacts {
    private final JsonNode tree;

    private ResponseFacts(JsonNode tree) {
        this.tree = tree;
    }

    static ResponseFacts read(ObjectMapper mapper, byte[] output) {
        try {
            return new ResponseFacts(mapper.readTree(output));
        } catch (Exception notJson) {
            return new ResponseFacts(null);
        }
    }

    /** The proxy response's {@code statusCode}, or -1 when there is none. */
    int statusCode() {
        JsonNode code = tree == null ? null : tree.get("statusCode");
        return code != null && code.canConvertToInt() ? code.asInt() : -1;
    }

    /** The parsed response, or null when it was not JSON. */
    JsonNode tree() {
        return tree;
    }
}
