package dev.orderflow.localcloud.xray.internal.segment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.xray.internal.json.Json;
import java.io.IOException;
import java.time.Duration;

/**
 * Checks a document the way PutTraceSegments does (required fields and their formats, 64 KiB) and
 * reads the facts the queries need. A document is accepted whole or refused with a message that
 * names the field.
 */
public final class SegmentParser {

    /** X-Ray's segment document limit. */
    public static final int MAX_DOCUMENT_BYTES = 64 * 1024;
    private static final int MAX_NAME_LENGTH = 200;

    private final long maxAgeSeconds;

    /** @param maxAge documents of traces older than this (by the time in the trace id) are refused */
    public SegmentParser(Duration maxAge) {
        this.maxAgeSeconds = maxAge.toSeconds();
    }

    public ParsedSegment parse(byte[] raw, long receivedAtMillis) throws InvalidSegmentException {
        if (raw.length > MAX_DOCUMENT_BYTES) {
            throw new InvalidSegmentException("DocumentTooLarge",
                    "segment document is " + raw.length + " bytes; the limit is " + MAX_DOCUMENT_BYTES, null);
        }
        JsonNode doc = readObject(raw);
        ParsedSegment.Builder b = ParsedSegment.builder();
        b.raw = raw;
        b.receivedAtMillis = receivedAtMillis;
        b.id = hex16(doc, "id", "", doc.path("id").isTextual() ? SegmentParser.abbreviate(doc.path("id").asText()) : null);
        readIdentity(doc, b, receivedAtMillis);
        Fields.readTimes(doc, "", b.id, b);
        b.outcome = Fields.outcome(doc);
        b.anyThrottle = b.outcome.throttle();
        b.http = Fields.http(doc);
        b.user = Fields.optionalText(doc, "user", "", b.id);
        b.origin = Fields.optionalText(doc, "origin", "", b.id);
        b.resourceArn = Fields.optionalText(doc, "resource_arn", "", b.id);
        b.accountId = doc.path("aws").path("account_id").isTextual() ? doc.path("aws").path("account_id").asText() : null;
        Fields.readAnnotations(doc, "", b.id, b);
        Fields.readLinks(doc, b.id, b);
        if (b.independentSubsegment && Fields.isCall(doc)) {
            b.calls.add(Fields.call(doc, b.start, b.end));
        }
        new SubsegmentWalker(b).walk(doc, "");
        return b.build();
    }

    private static JsonNode readObject(byte[] raw) throws InvalidSegmentException {
        JsonNode doc;
        try {
            doc = Json.read(raw);
        } catch (IOException e) {
            throw new InvalidSegmentException("InvalidJson", "segment document is not valid JSON", null);
        }
        if (doc == null || !doc.isObject()) {
            throw new InvalidSegmentException("InvalidJson", "segment document must be a JSON object", null);
        }
        return doc;
    }

    private void readIdentity(JsonNode doc, ParsedSegment.Builder b, long nowMillis) throws InvalidSegmentException {
        b.name = requiredName(doc, "", b.id);
        b.traceId = traceId(doc, b.id);
        b.independentSubsegment = "subsegment".equals(doc.path("type").asText(null));
        b.parentId = doc.has("parent_id") ? hex16(doc, "parent_id", "", b.id) : null;
        if (b.independentSubsegment && b.parentId == null) {
            throw new InvalidSegmentException("MissingField",
                    "parent_id is required in a document with type \"subsegment\"", b.id);
        }
        long traceEpoch = Long.parseLong(b.traceId.substring(2, 10), 16);
        if (traceEpoch < nowMillis / 1000 - maxAgeSeconds) {
            throw new InvalidSegmentException("TraceTooOld", "trace_id " + b.traceId
                    + " was started more than " + maxAgeSeconds / 86400 + " days ago", b.id);
        }
    }

    static String requiredName(JsonNode node, String path, String id) throws InvalidSegmentException {
        JsonNode name = node.get("name");
        if (name == null || !name.isTextual() || name.asText().isEmpty()) {
            throw new InvalidSegmentException("MissingField", path + "name is required (a non-empty string)", id);
        }
        if (name.asText().length() > MAX_NAME_LENGTH) {
            throw new InvalidSegmentException("InvalidField",
                    path + "name is longer than " + MAX_NAME_LENGTH + " characters", id);
        }
        return name.asText();
    }

    static String hex16(JsonNode node, String field, String path, String id) throws InvalidSegmentException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new InvalidSegmentException("MissingField", path + field + " is required (16 hexadecimal digits)", id);
        }
        String text = value.asText();
        if (text.length() != 16 || !isHex(text, 0, 16)) {
            throw new InvalidSegmentException("InvalidField",
                    path + field + " '" + abbreviate(text) + "' is not 16 hexadecimal digits", id);
        }
        return text;
    }

    private static String traceId(JsonNode doc, String id) throws InvalidSegmentException {
        JsonNode value = doc.get("trace_id");
        if (value == null || !value.isTextual()) {
            throw new InvalidSegmentException("MissingField", "trace_id is required", id);
        }
        String text = value.asText();
        if (!isTraceId(text)) {
            throw new InvalidSegmentException("InvalidTraceId", "trace_id '" + abbreviate(text)
                    + "' is not of the form 1-<8 hexadecimal digits>-<24 hexadecimal digits>", id);
        }
        return text;
    }

    /** {@code 1-<8 hex>-<24 hex>}. */
    public static boolean isTraceId(String text) {
        return text != null && text.length() == 35 && text.startsWith("1-") && text.charAt(10) == '-'
                && isHex(text, 2, 10) && isHex(text, 11, 35);
    }

    static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    static String abbreviate(String text) {
        return text.length() <= 48 ? text : text.substring(0, 48) + "...";
    }
}
