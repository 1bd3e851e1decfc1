package dev.orderflow.domain.events;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.orderflow.domain.api.Json;

/** Reads the typed event out of an EventBridge event as Lambda delivers it. */
public final class EventParser {

    private EventParser() {
    }

    /**
     * The event's type and detail. Throws {@link MalformedEventException} when the event is not one of
     * ours or lacks an order id: such an event must fail loudly and reach the dead-letter queue.
     */
    public static DomainEvent parse(ScheduledEvent event) {
        EventType type = EventType.ofDetailType(event.getDetailType())
                .orElseThrow(() -> new MalformedEventException("Unsupported detail-type '" + event.getDetailType() + "'"));
        if (event.getDetail() == null) {
            throw new MalformedEventException(type.detailType() + " event has no detail");
        }
        OrderEvent detail;
        try {
            detail = Json.convert(event.getDetail(), OrderEvent.class);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(type.detailType() + " detail is not an order event: " + e.getMessage());
        }
        if (detail.orderId() == null || detail.orderId().isBlank()) {
            throw new MalformedEventException(type.detailType() + " detail has no orderId");
        }
        return new DomainEvent(type, detail);
    }
}
