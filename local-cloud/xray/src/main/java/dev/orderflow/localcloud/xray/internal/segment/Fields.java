package dev.orderflow.localcloud.xray.internal.segment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Readers for the fields segments and subsegments share. */
final class Fields {

    private Fields() {
    }

    /** Reads start_time and end_time (or in_progress) into the builder. */
    static void readTimes(JsonNode node, String path, String id, ParsedSegment.Builder b) throws InvalidSegmentException {
        double[] times = times(node, path, id);
        b.start = times[0];
        b.end = times[1];
    }

    /** {start, end}; end is NaN for an in-progress entity. */
    static double[] times(JsonNode node, String path, String id) throws InvalidSegmentException {
        JsonNode start = node.get("start_time");
        if (start == null || !start.isNumber()) {
            throw new InvalidSegmentException("MissingField", path + "start_time is required (epoch seconds)", id);
        }
        JsonNode end = node.get("end_time");
        if (end == null || end.isNull()) {
            if (!node.path("in_progress").asBoolean(false)) {
                throw new InvalidSegmentException("MissingField",
                        path + "end_time is required unless in_progress is true", id);
            }
            return new double[] {start.asDouble(), Double.NaN};
        }
        if (!end.isNumber()) {
            throw new InvalidSegmentException("InvalidField", path + "end_time must be a number (epoch seconds)", id);
        }
        if (end.asDouble() < start.asDouble()) {
            throw new InvalidSegmentException("InvalidField", path + "end_time is before start_time", id);
        }
        return new double[] {start.asDouble(), end.asDouble()};
    }

    static Outcome outcome(JsonNode node) {
        boolean error = node.path("error").asBoolean(false);
        boolean throttle = node.path("throttle").asBoolean(false);
        boolean fault = node.path("fault").asBoolean(false);
        return error || throttle || fault ? new Outcome(error, throttle, fault) : Outcome.OK;
    }

    static String optionalText(JsonNode node, String field, String path, String id) throws InvalidSegmentException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidSegmentException("InvalidField", path + field + " must be a string", id);
        }
        return value.asText();
    }

    static HttpFacts http(JsonNode node) {
        JsonNode http = node.get("http");
        if (http == null || !http.isObject()) {
            return null;
        }
        JsonNode request = http.path("request");
        JsonNode status = http.path("response").path("status");
        return new HttpFacts(
                textOrNull(request, "method"),
                textOrNull(request, "url"),
                textOrNull(request, "user_agent"),
                textOrNull(request, "client_ip"),
                status.canConvertToInt() ? status.asInt() : null);
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    static void readAnnotations(JsonNode node, String path, String id, ParsedSegment.Builder b)
            throws InvalidSegmentException {
        JsonNode annotations = node.get("annotations");
        if (annotations == null || annotations.isNull()) {
            return;
        }
        if (!annotations.isObject()) {
            throw new InvalidSegmentException("InvalidField", path + "annotations must be an object", id);
        }
        for (Map.Entry<String, JsonNode> field : annotations.properties()) {
            JsonNode value = field.getValue();
            if (!value.isTextual() && !value.isNumber() && !value.isBoolean()) {
                throw new InvalidSegmentException("InvalidField",
                        path + "annotations." + field.getKey() + " must be a string, number or boolean", id);
            }
            b.annotations.add(new Annotation(field.getKey(), value));
        }
    }

    static void readLinks(JsonNode node, String id, ParsedSegment.Builder b) throws InvalidSegmentException {
        JsonNode links = node.get("links");
        if (links == null || links.isNull()) {
            return;
        }
        if (!links.isArray()) {
            throw new InvalidSegmentException("InvalidField", "links must be an array", id);
        }
        for (int i = 0; i < links.size(); i++) {
            JsonNode link = links.get(i);
            String traceId = link.path("trace_id").asText("");
            String linkedId = link.path("id").asText("");
            if (!SegmentParser.isTraceId(traceId) || linkedId.length() != 16 || !SegmentParser.isHex(linkedId, 0, 16)) {
                throw new InvalidSegmentException("InvalidField",
                        "links[" + i + "] needs a trace_id and a 16-hex-digit id", id);
            }
            b.links.add(new Link(traceId, linkedId));
        }
    }

    static boolean isCall(JsonNode node) {
        String namespace = node.path("namespace").asText("");
        return "aws".equals(namespace) || "remote".equals(namespace);
    }

    static Call call(JsonNode node, double start, double end) {
        JsonNode aws = node.path("aws");
        JsonNode resourceNames = aws.path("resource_names");
        return new Call(
                node.path("id").asText(),
                node.path("name").asText(),
                node.path("namespace").asText(),
                start,
                end,
                outcome(node),
                textOrNull(aws, "operation"),
                textOrNull(aws, "table_name"),
                textOrNull(aws, "queue_url"),
                resourceNames.isArray() && resourceNames.size() > 0 ? resourceNames.get(0).asText() : null,
                node.has("sql"));
    }
}
