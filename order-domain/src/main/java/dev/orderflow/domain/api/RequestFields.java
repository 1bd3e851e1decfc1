package dev.orderflow.domain.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads fields of a JSON request body while collecting every problem, so one answer names all the
 * fields to fix rather than the first.
 */
public final class RequestFields {

    private final List<FieldError> errors = new ArrayList<>();

    /** Parses the body, which must be a JSON object; otherwise records an error on {@code body}. */
    public Optional<JsonNode> object(String body) {
        Optional<JsonNode> tree = Json.parseTree(body).filter(JsonNode::isObject);
        if (tree.isEmpty()) {
            reject("body", "must be a JSON object");
        }
        return tree;
    }

    /** A required string matching {@code pattern}; {@code rule} says in words what the pattern allows. */
    public Optional<String> string(JsonNode parent, String name, String path, Pattern pattern, String rule) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return reject(path, "is required");
        }
        if (!node.isTextual()) {
            return reject(path, "must be a string");
        }
        if (!pattern.matcher(node.textValue()).matches()) {
            return reject(path, rule);
        }
        return Optional.of(node.textValue());
    }

    /** A required whole number within [{@code min}, {@code max}]. */
    public Optional<Long> integer(JsonNode parent, String name, String path, long min, long max) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return reject(path, "is required");
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            return reject(path, "must be an integer");
        }
        long value = node.longValue();
        if (value < min) {
            return reject(path, "must be at least " + min);
        }
        if (value > max) {
            return reject(path, "must be at most " + max);
        }
        return Optional.of(value);
    }

    /** A required array of between {@code min} and {@code max} elements. */
    public Optional<JsonNode> array(JsonNode parent, String name, String path, int min, int max) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return reject(path, "is required");
        }
        if (!node.isArray()) {
            return reject(path, "must be an array");
        }
        if (node.size() < min) {
            return reject(path, "must have at least " + min + (min == 1 ? " element" : " elements"));
        }
        if (node.size() > max) {
            return reject(path, "must have at most " + max + " elements");
        }
        return Optional.of(node);
    }

    public <T> Optional<T> reject(String field, String message) {
        errors.add(new FieldError(field, message));
        return Optional.empty();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws {@link ValidationException} with every error collected so far, if any. */
    public void throwIfInvalid() {
        if (hasErrors()) {
            throw new ValidationException(errors);
        }
    }
}
