package dev.orderflow.localcloud.eventbridge.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An event as EventBridge delivers it to targets (what Lambda's {@code ScheduledEvent} reads):
 * {@code version}, {@code id}, {@code detail-type}, {@code source}, {@code account}, {@code time}
 * (seconds, UTC), {@code region}, {@code resources}, {@code detail}.
 */
public final class EventEnvelope {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private EventEnvelope() {
    }

    /** The detail of a scheduled event: an empty object. */
    public static ObjectNode emptyDetail() {
        return JSON.createObjectNode();
    }

    public static ObjectNode of(String id, String source, String detailType, JsonNode detail, List<String> resources,
            Instant time, String accountId, String region) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "0");
        event.put("id", id);
        event.put("detail-type", detailType);
        event.put("source", source);
        event.put("account", accountId);
        event.put("time", TIME.format(time.truncatedTo(ChronoUnit.SECONDS)));
        event.put("region", region);
        resources.forEach(event.putArray("resources")::add);
        event.set("detail", detail);
        return event;
    }
}
