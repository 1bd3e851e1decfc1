package dev.orderflow.localcloud.xray.internal.segment;

import com.fasterxml.jackson.databind.JsonNode;

/** One annotation: a string, number or boolean value under a key. */
public record Annotation(String key, JsonNode value) {
}
