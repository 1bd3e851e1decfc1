package dev.orderflow.localcloud.template;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A route from a function's {@code Type: Api} event.
 *
 * @param method an HTTP method in upper case, or {@code ANY}
 * @param path the resource path, with {@code {param}} and {@code {proxy+}} segments
 */
public record ApiRoute(String apiLogicalId, String method, String path, String functionLogicalId, String eventName,
        JsonNode properties) {
}
