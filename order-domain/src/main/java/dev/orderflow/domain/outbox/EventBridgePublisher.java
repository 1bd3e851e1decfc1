package dev.orderflow.domain.outbox;

import dev.orderflow.domain.api.Json;
import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.logging.AppLog;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/** Publishes to the application's custom bus with {@code PutEvents}; results are matched per entry. */
public final class EventBridgePublisher implements EventPublisher {

    public static final int MAX_ENTRIES = 10;
    private static final AppLog LOG = AppLog.of(EventBridgePublisher.class);

    private final EventBridgeClient eventBridge;
    private final String busName;

    public EventBridgePublisher(EventBridgeClient eventBridge, String busName) {
        this.eventBridge = eventBridge;
        this.busName = busName;
    }

    @Override
    public Set<String> publish(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        if (events.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("PutEvents takes at most " + MAX_ENTRIES + " entries");
        }
        PutEventsResponse response = eventBridge.putEvents(PutEventsRequest.builder()
                .entries(events.stream().map(this::entry).toList())
                .build());
        Set<String> published = new HashSet<>();
        List<PutEventsResultEntry> results = response.entries();
        for (int i = 0; i < events.size() && i < results.size(); i++) {
            PutEventsResultEntry result = results.get(i);
            if (result.errorCode() == null) {
                published.add(events.get(i).eventId());
            } else {
                LOG.warn("Event rejected by the bus", "eventId", events.get(i).eventId(),
                        "errorCode", result.errorCode(), "errorMessage", result.errorMessage());
            }
        }
        return published;
    }

    private PutEventsRequestEntry entry(DomainEvent event) {
        return PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(event.type().source())
                .detailType(event.type().detailType())
                .detail(Json.write(event.detail()))
                .build();
    }
}
