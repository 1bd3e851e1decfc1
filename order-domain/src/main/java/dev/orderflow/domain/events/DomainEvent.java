package dev.orderflow.domain.events;

/** An event ready for the bus: its type and its detail. */
public record DomainEvent(EventType type, OrderEvent detail) {

    public String eventId() {
        return detail.eventId();
    }
}
