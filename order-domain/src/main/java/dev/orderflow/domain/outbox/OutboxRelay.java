package dev.orderflow.domain.outbox;

import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.logging.AppLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Publishes what the outbox still holds: events whose writer died or whose publish failed after the
 * transaction committed. Rows younger than the grace period are left to the writer, which is
 * probably publishing them right now; publishing one twice would be harmless but noisy.
 */
public final class OutboxRelay {

    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(30);
    private static final AppLog LOG = AppLog.of(OutboxRelay.class);

    private final Outbox outbox;
    private final EventPublisher publisher;
    private final Duration grace;

    public OutboxRelay(Outbox outbox, EventPublisher publisher, Duration grace) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.grace = grace;
    }

    /** What one run did. */
    public record Report(int pending, int published) {
    }

    public Report relay(Instant now) {
        List<DomainEvent> pending = outbox.pendingBefore(now.minus(grace));
        int published = 0;
        for (int from = 0; from < pending.size(); from += EventBridgePublisher.MAX_ENTRIES) {
            List<DomainEvent> batch = pending.subList(from, Math.min(pending.size(), from + EventBridgePublisher.MAX_ENTRIES));
            Set<String> accepted = publisher.publish(batch);
            for (DomainEvent event : batch) {
                if (accepted.contains(event.eventId())) {
                    outbox.remove(event.eventId());
                    published++;
                    LOG.info("Relayed event", "eventId", event.eventId(), "orderId", event.detail().orderId(),
                            "detailType", event.type().detailType());
                }
            }
        }
        return new Report(pending.size(), published);
    }
}
