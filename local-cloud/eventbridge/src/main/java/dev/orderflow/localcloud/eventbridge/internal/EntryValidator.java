package dev.orderflow.localcloud.eventbridge.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.eventbridge.PutEventsEntry;
import dev.orderflow.localcloud.eventbridge.PutEventsResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * PutEvents' checks, as EventBridge makes them: per entry (a missing Source, DetailType or Detail is
 * {@code InvalidArgument}; a Detail that is not a JSON object is {@code MalformedDetail}; {@code aws.}
 * sources are AWS's own) and for the request (entries' size, counted the way AWS documents it).
 */
public final class EntryValidator {

    /** Since 2026-01-29 an event, and a PutEvents request, may be up to 1 MB. */
    public static final int MAX_REQUEST_BYTES = 1024 * 1024;

    private EntryValidator() {
    }

    /** Why the entry is refused, or empty when it is acceptable. */
    public static Optional<PutEventsResult> problem(PutEventsEntry entry) {
        if (isBlank(entry.source())) {
            return invalid("Source");
        }
        if (isBlank(entry.detailType())) {
            return invalid("DetailType");
        }
        if (isBlank(entry.detail())) {
            return invalid("Detail");
        }
        if (entry.source().startsWith("aws.")) {
            return Optional.of(PutEventsResult.failed("NotAuthorizedForSourceException", "Not authorized for the source."));
        }
        if (detailObject(entry.detail()).isEmpty()) {
            return Optional.of(PutEventsResult.failed("MalformedDetail", "Detail is malformed."));
        }
        return Optional.empty();
    }

    /** The Detail parsed, when it is a JSON object. */
    public static Optional<JsonNode> detailObject(String detail) {
        try {
            JsonNode node = EventEnvelope.JSON.readTree(detail);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The size of the entries as AWS calculates it: Time 14 bytes when set, and the UTF-8 bytes of
     * Source, DetailType, Detail and each Resource.
     */
    public static long size(List<PutEventsEntry> entries) {
        long size = 0;
        for (PutEventsEntry entry : entries) {
            size += entry.time() == null ? 0 : 14;
            size += bytes(entry.source()) + bytes(entry.detailType()) + bytes(entry.detail());
            for (String resource : entry.resources()) {
                size += bytes(resource);
            }
        }
        return size;
    }

    private static int bytes(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static Optional<PutEventsResult> invalid(String field) {
        return Optional.of(PutEventsResult.failed("InvalidArgument",
                "Parameter " + field + " is not valid. Reason: " + field + " is a required argument."));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
