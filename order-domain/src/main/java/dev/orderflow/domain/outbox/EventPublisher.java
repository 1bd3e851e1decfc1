package dev.orderflow.domain.outbox;

import dev.orderflow.domain.events.DomainEvent;
import java.util.List;
import java.util.Set;

/** Puts events on the bus. */
public interface EventPublisher {

    /**
     * Publishes up to 10 events and returns the ids of those the bus accepted. Never throws for a
     * rejected entry; throws only when the call itself failed (then none is known to be published).
     */
    Set<String> publish(List<DomainEvent> events);
}
