package dev.orderflow.xray.internal;

import com.amazonaws.xray.entities.Cause;
import com.amazonaws.xray.entities.Subsegment;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Writes a subsegment document exactly as the X-Ray SDK's {@code Subsegment.streamSerialize()}
 * does (SubsegmentDocumentsTest compares the two), without the SDK's bean serializer: building that
 * serializer (Jackson introspecting the entity classes) was the largest single cost of the first
 * invocation, ~60 ms of CPU on one vCPU. The entity's own fields are written here; its maps
 * (annotations, metadata, aws, http, sql) by Jackson with the SDK's settings. A subsegment holding
 * anything else (an exception, a value of another type) gets null: the caller then uses the SDK's
 * serializer, so an unusual document is never written differently.
 */
final class SubsegmentDocuments {
    /** Configured as the X-Ray SDK's entity mapper: empty values are left out, at any depth. */
    private final ObjectMapper values = new ObjectMapper()
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    /** The subsegment as an independent document (with type, parent_id, trace_id), or null (see above). */
    String stream(Subsegment subsegment) {
        if (!writable(subsegment)) {
            return null;
        }
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = values.getFactory().createGenerator(out)) {
            json.writeStartObject();
            writeFields(json, subsegment);
            json.writeStringField("type", "subsegment");
            json.writeStringField("parent_id", subsegment.getParent().getId());
            json.writeStringField("trace_id", subsegment.getParentSegment().getTraceId().toString());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The SDK's properties and inclusion rules (NON_EMPTY, NON_DEFAULT where it says so). A
     * subsegment carries no trace or parent id of its own: the SDK adds them to the document's top
     * level only, as {@link #stream} does.
     */
    private void writeFields(JsonGenerator json, Subsegment s) throws IOException {
        writeString(json, "name", s.getName());
        writeString(json, "id", s.getId());
        json.writeNumberField("start_time", s.getStartTime());
        if (s.getEndTime() != 0) {
            json.writeNumberField("end_time", s.getEndTime());
        }
        writeFlag(json, "fault", s.isFault());
        writeFlag(json, "error", s.isError());
        writeFlag(json, "throttle", s.isThrottle());
        writeFlag(json, "in_progress", s.isInProgress());
        writeString(json, "namespace", s.getNamespace());
        writeChildren(json, s);
        writeMap(json, "http", s.getHttp());
        writeMap(json, "aws", s.getAws());
        writeMap(json, "sql", s.getSql());
        writeMap(json, "metadata", s.getMetadata());
        writeMap(json, "annotations", s.getAnnotations());
        if (s.getPrecursorIds() != null && !s.getPrecursorIds().isEmpty()) {
            json.writeFieldName("precursor_ids");
            values.writeValue(json, s.getPrecursorIds());
        }
    }

    private void writeChildren(JsonGenerator json, Subsegment s) throws IOException {
        var children = s.getSubsegmentsCopy();
        if (children.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("subsegments");
        for (Subsegment child : children) {
            json.writeStartObject();
            writeFields(json, child);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Left out when nothing in it would be written: the SDK drops a map whose every value is empty. */
    private void writeMap(JsonGenerator json, String name, Map<String, ?> map) throws IOException {
        if (map == null || map.isEmpty()) {
            return;
        }
        String written = values.writeValueAsString(map);
        if (!"{}".equals(written)) {
            json.writeFieldName(name);
            json.writeRawValue(written);
        }
    }

    private static void writeString(JsonGenerator json, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            json.writeStringField(name, value);
        }
    }

    private static void writeFlag(JsonGenerator json, String name, boolean value) throws IOException {
        if (value) {
            json.writeBooleanField(name, true);
        }
    }

    /** No exception recorded, and only JSON-like values, all the way down. */
    private static boolean writable(Subsegment s) {
        Cause cause = s.getCause();
        boolean noCause = cause == null
                || (cause.getExceptions().isEmpty() && cause.getId() == null && cause.getMessage() == null);
        if (!noCause || !plain(s.getHttp()) || !plain(s.getAws()) || !plain(s.getSql()) || !plain(s.getAnnotations())
                || !plain(s.getMetadata())) {
            return false;
        }
        for (Subsegment child : s.getSubsegmentsCopy()) {
            if (!writable(child)) {
                return false;
            }
        }
        return true;
    }

    private static boolean plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof JsonNode
                || value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Float || value instanceof Short || value instanceof Byte
                || value instanceof BigDecimal || value instanceof BigInteger) {
            return true;
        }
        if (value instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                if (!(e.getKey() instanceof String) || !plain(e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Collection) {
            for (Object item : (Collection<?>) value) {
                if (!plain(item)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
