package dev.orderflow.domain.outbox;

import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.logging.AppLog;
import java.util.List;
import java.util.Set;

/**
 * Publishes an event right after the transaction that wrote it to the outbox committed, and clears
 * the outbox row. If the bus or the delete fails, the row stays and the relay publishes it later:
 * the caller's request still succeeds, because its state change is already durable.
 */
public final class OutboxDispatcher {

    private static final AppLog LOG = AppLog.of(OutboxDispatcher.class);

    private final Outbox outbox;
    private final EventPublisher publisher;

    public OutboxDispatcher(Outbox outbox, EventPublisher publisher) {
        this.outbox = outbox;
        this.publisher = publisher;
    }

    /** Returns whether the event is on the bus now (false: the relay will publish it). */
    public boolean dispatch(DomainEvent event) {
        try {
            Set<String> published = publisher.publish(List.of(event));
            if (!published.contains(event.eventId())) {
                LOG.warn("Event left in the outbox for the relay", "eventId", event.eventId(),
                        "orderId", event.detail().orderId(), "detailType", event.type().detailType());
                return false;
            }
        } catch (RuntimeException e) {
            LOG.warn("Event left in the outbox for the relay: publish failed", "eventId", event.eventId(),
                    "orderId", event.detail().orderId(), "error", e.getClass().getSimpleName());
            return false;
        }
        clear(event);
        return true;
    }

    private void clear(DomainEvent event) {
        try {
            outbox.remove(event.eventId());
        } catch (RuntimeException e) {
            // Harmless: the relay publishes the event once more and consumers ignore the duplicate.
            LOG.warn("Published event not cleared from the outbox", "eventId", event.eventId(),
                    "error", e.getClass().getSimpleName());
        }
    }
}
