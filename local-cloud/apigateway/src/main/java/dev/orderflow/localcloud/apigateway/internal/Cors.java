package dev.orderflow.localcloud.apigateway.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.edge.EdgeResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SAM's {@code Cors}: an OPTIONS method answering the preflight on every path that has no OPTIONS
 * route of its own. With Lambda proxy integration the function's own responses carry no CORS
 * headers unless the function adds them, on AWS as here.
 */
public final class Cors {

    private final JsonNode config;

    public Cors(JsonNode config) {
        this.config = config;
    }

    public boolean enabled() {
        return !config.isMissingNode() && !config.isNull();
    }

    /** The preflight response for a path whose resource has these methods. */
    public Optional<EdgeResponse> preflight(List<String> methodsOnPath) {
        if (!enabled() || methodsOnPath.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String origin = config.isTextual() ? config.asText() : config.path("AllowOrigin").asText(null);
        if (origin != null) {
            headers.put("Access-Control-Allow-Origin", List.of(unquote(origin)));
        }
        headers.put("Access-Control-Allow-Methods", List.of(config.has("AllowMethods")
                ? unquote(config.get("AllowMethods").asText()) : defaultMethods(methodsOnPath)));
        copy(headers, "AllowHeaders", "Access-Control-Allow-Headers");
        copy(headers, "MaxAge", "Access-Control-Max-Age");
        if (config.path("AllowCredentials").asBoolean(false)) {
            headers.put("Access-Control-Allow-Credentials", List.of("true"));
        }
        return Optional.of(new EdgeResponse(200, headers, new byte[0]));
    }

    private void copy(Map<String, List<String>> headers, String property, String header) {
        if (config.has(property)) {
            headers.put(header, List.of(unquote(config.get(property).asText())));
        }
    }

    private static String defaultMethods(List<String> methods) {
        Set<String> all = new LinkedHashSet<>();
        for (String method : methods) {
            if (method.equals("ANY")) {
                all.addAll(List.of("DELETE", "GET", "HEAD", "PATCH", "POST", "PUT"));
            } else {
                all.add(method);
            }
        }
        all.add("OPTIONS");
        return String.join(",", all);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("'") && value.endsWith("'") ? value.substring(1, value.length() - 1) : value;
    }
}
