package dev.orderflow.localcloud.eventbridge.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Typed reads of request fields; a field of the wrong type is a client error that names it. */
final class RequestFields {

    private RequestFields() {
    }

    /** The field's text, null when absent or JSON null. */
    static String text(JsonNode object, String field, String where) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadRequest(where + field + " must be a string");
        }
        return value.asText();
    }

    static List<String> texts(JsonNode object, String field, String where) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new BadRequest(where + field + " must be a list of strings");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new BadRequest(where + field + " must be a list of strings");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    /** A field AWS's model gives a shape the request did not follow. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
