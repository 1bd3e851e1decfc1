package dev.orderflow.localcloud.template;

import com.fasterxml.jackson.databind.JsonNode;

/** One entry of a function's {@code Events}: its name, {@code Type} and resolved {@code Properties}. */
public record EventSourceDefinition(String name, String type, JsonNode properties) {
}
