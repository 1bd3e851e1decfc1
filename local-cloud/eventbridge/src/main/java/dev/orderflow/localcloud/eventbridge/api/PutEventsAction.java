package dev.orderflow.localcloud.eventbridge.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.edge.EdgeRequest;
import dev.orderflow.localcloud.edge.EdgeResponse;
import dev.orderflow.localcloud.edge.Json;
import dev.orderflow.localcloud.eventbridge.LocalEventBridge;
import dev.orderflow.localcloud.eventbridge.PutEventsEntry;
import dev.orderflow.localcloud.eventbridge.PutEventsResult;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code PutEvents}: per-entry results, {@code FailedEntryCount}; the call's trace header travels with the events. */
final class PutEventsAction {

    private final LocalEventBridge eventBridge;

    PutEventsAction(LocalEventBridge eventBridge) {
        this.eventBridge = eventBridge;
    }

    EdgeResponse handle(JsonNode body, EdgeRequest request) {
        JsonNode entries = body.get("Entries");
        if (entries == null || entries.isNull()) {
            return EventBridgeErrors.validation("1 validation error detected: Value null at 'entries' failed to satisfy "
                    + "constraint: Member must not be null");
        }
        if (!entries.isArray()) {
            throw new RequestFields.BadRequest("Entries must be a list");
        }
        List<PutEventsEntry> parsed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            parsed.add(entry(entries.get(i), "Entries[" + i + "]."));
        }
        TraceHeader callerTrace = TraceHeader.parse(request.header("X-Amzn-Trace-Id").orElse(null)).orElse(null);
        List<PutEventsResult> results;
        try {
            results = eventBridge.putEvents(parsed, callerTrace);
        } catch (IllegalArgumentException e) {
            return EventBridgeErrors.validation(e.getMessage());
        }
        return EventBridgeErrors.ok(response(results).toString());
    }

    private static PutEventsEntry entry(JsonNode entry, String where) {
        if (!entry.isObject()) {
            throw new RequestFields.BadRequest(where.substring(0, where.length() - 1) + " must be an object");
        }
        JsonNode time = entry.get("Time");
        if (time != null && !time.isNull() && !time.isNumber()) {
            throw new RequestFields.BadRequest(where + "Time must be a timestamp (epoch seconds)");
        }
        return new PutEventsEntry(RequestFields.text(entry, "Source", where), RequestFields.text(entry, "DetailType", where),
                RequestFields.text(entry, "Detail", where), RequestFields.texts(entry, "Resources", where),
                time == null || time.isNull() ? null : Instant.ofEpochMilli(Math.round(time.asDouble() * 1000)),
                RequestFields.text(entry, "EventBusName", where), RequestFields.text(entry, "TraceHeader", where));
    }

    private static ObjectNode response(List<PutEventsResult> results) {
        ObjectNode response = Json.MAPPER.createObjectNode();
        response.put("FailedEntryCount", results.stream().filter(PutEventsResult::isFailure).count());
        ArrayNode entries = response.putArray("Entries");
        for (PutEventsResult result : results) {
            ObjectNode node = entries.addObject();
            if (result.isFailure()) {
                node.put("ErrorCode", result.errorCode());
                node.put("ErrorMessage", result.errorMessage());
            } else {
                node.put("EventId", result.eventId());
            }
        }
        return response;
    }
}
