package dev.orderflow.testing;

import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.events.EventType;
import dev.orderflow.domain.outbox.EventPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A bus for tests: keeps what is published, and can be told to fail as a bus outage would. */
public final class RecordingPublisher implements EventPublisher {

    private final List<DomainEvent> published = new ArrayList<>();
    private boolean down;

    @Override
    public synchronized Set<String> publish(List<DomainEvent> events) {
        if (down) {
            throw new IllegalStateException("The bus is unreachable (test outage)");
        }
        published.addAll(events);
        return events.stream().map(DomainEvent::eventId).collect(Collectors.toSet());
    }

    public synchronized void down(boolean unreachable) {
        this.down = unreachable;
    }

    public synchronized List<DomainEvent> published() {
        return List.copyOf(published);
    }

    public synchronized List<DomainEvent> published(EventType type) {
        return published.stream().filter(e -> e.type() == type).toList();
    }

    /** Returns and forgets what was published so far. */
    public synchronized List<DomainEvent> drain() {
        List<DomainEvent> drained = List.copyOf(published);
        published.clear();
        return drained;
    }
}
