package dev.orderflow.localcloud.eventbridge;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a PutEvents call, as sent (fields may be missing; PutEvents reports them per entry).
 *
 * @param time the entry's Time, or null for the time it was put
 * @param busName EventBusName (a name or an ARN), or null for the default bus
 * @param traceHeader the entry's TraceHeader, or null
 */
public record PutEventsEntry(String source, String detailType, String detail, List<String> resources, Instant time,
        String busName, String traceHeader) {

    public PutEventsEntry {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }
}
