package dev.orderflow.xray.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an event's JSON once to name its source, find the configured business keys (in the
 * event, its path and query parameters, an EventBridge {@code detail}, a JSON body, SQS message
 * bodies) and the upstream trace ids SQS messages carry.
 */
final class EventInspector {
    private static final int MAX_VALUE_LENGTH = 250;

    private final ObjectMapper mapper;
    private final List<String> keys;

    EventInspector(ObjectMapper mapper, List<String> keys) {
        this.mapper = mapper;
        this.keys = keys;
    }

    EventFacts inspect(byte[] event) {
        if (!looksLikeObject(event)) {
            return EventFacts.UNKNOWN;
        }
        JsonNode root;
        try {
            root = mapper.readTree(event);
        } catch (Exception notJson) {
            return EventFacts.UNKNOWN;
        }
        String source = sourceOf(root);
        List<JsonNode> places = placesToLook(root, source);
        return new EventFacts(source, root, findKeys(places), upstreamTraceIds(root, source));
    }

    /** Business keys found in a JSON response body (e.g. an id the handler generated). */
    Map<String, Object> keysInResponse(JsonNode response) {
        List<JsonNode> places = new ArrayList<>();
        places.add(response);
        addJsonText(places, response.path("body"));
        return findKeys(places);
    }

    private static String sourceOf(JsonNode root) {
        if (root.has("requestContext") && (root.has("httpMethod") || root.has("routeKey"))) {
            return "apigateway";
        }
        if (root.has("detail-type") && root.has("source")) {
            return "eventbridge";
        }
        JsonNode first = root.path("Records").path(0);
        String recordSource = first.path("eventSource").asText(first.path("EventSource").asText(""));
        if (recordSource.startsWith("aws:")) {
            return recordSource.substring(4);
        }
        return "direct";
    }

    private List<JsonNode> placesToLook(JsonNode root, String source) {
        List<JsonNode> places = new ArrayList<>();
        places.add(root);
        if (keys.isEmpty()) {
            return places;
        }
        places.add(root.path("pathParameters"));
        places.add(root.path("queryStringParameters"));
        places.add(root.path("detail"));
        if (!root.path("isBase64Encoded").asBoolean(false)) {
            addJsonText(places, root.path("body"));
        }
        if ("sqs".equals(source) || "sns".equals(source)) {
            for (JsonNode record : root.path("Records")) {
                addJsonText(places, record.path("body"));
                addJsonText(places, record.path("Sns").path("Message"));
            }
        }
        return places;
    }

    private void addJsonText(List<JsonNode> places, JsonNode text) {
        if (text.isTextual() && text.asText().startsWith("{")) {
            try {
                places.add(mapper.readTree(text.asText()));
            } catch (Exception notJson) {
                // a plain-text body carries no keys
            }
        }
    }

    private Map<String, Object> findKeys(List<JsonNode> places) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> found = new LinkedHashMap<>();
        for (String key : keys) {
            for (JsonNode place : places) {
                Object value = scalar(place.get(key));
                if (value != null) {
                    found.put(key, value);
                    break;
                }
            }
        }
        return found;
    }

    private static Object scalar(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            String text = node.asText();
            return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) : text;
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return null;
    }

    private static List<String> upstreamTraceIds(JsonNode root, String source) {
        if (!"sqs".equals(source)) {
            return List.of();
        }
        Set<String> roots = new LinkedHashSet<>();
        for (JsonNode record : root.path("Records")) {
            String header = record.path("attributes").path("AWSTraceHeader").asText("");
            String traceRoot = TraceHeaders.root(header);
            if (traceRoot != null) {
                roots.add(traceRoot);
            }
        }
        return List.copyOf(roots);
    }

    private static boolean looksLikeObject(byte[] event) {
        for (byte b : event) {
            if (b == '{') {
                return true;
            }
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return false;
    }
}
