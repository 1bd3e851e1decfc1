package dev.orderflow.consumers.notification;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.orderflow.domain.Backend;
import dev.orderflow.domain.config.Env;
import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.events.EventParser;
import dev.orderflow.domain.events.EventType;
import dev.orderflow.domain.events.MalformedEventException;
import dev.orderflow.domain.logging.AppLog;
import dev.orderflow.domain.notification.Notification;
import dev.orderflow.domain.notification.NotificationRepository;
import java.time.Clock;
import java.util.Map;

/**
 * Notification consumer: on each event that ends an order's flow, records the notification the
 * customer would receive. One per order and template, so duplicates change nothing.
 */
public final class NotificationConsumer implements RequestHandler<ScheduledEvent, Void> {

    static final Map<EventType, String> TEMPLATES = Map.of(
            EventType.INVENTORY_REJECTED, "order-rejected",
            EventType.PAYMENT_SUCCEEDED, "order-confirmed",
            EventType.PAYMENT_FAILED, "payment-failed",
            EventType.PAYMENT_REFUNDED, "order-refunded");
    private static final AppLog LOG = AppLog.of(NotificationConsumer.class);

    private final NotificationRepository notifications;
    private final Clock clock;

    /** Used by Lambda: clients and tables from the environment. */
    public NotificationConsumer() {
        this(Backend.fromEnvironment(Env.system(), false));
    }

    public NotificationConsumer(Backend backend) {
        this.notifications = backend.notifications();
        this.clock = backend.clock();
    }

    @Override
    public Void handleRequest(ScheduledEvent event, Context context) {
        DomainEvent domainEvent = EventParser.parse(event);
        String template = TEMPLATES.get(domainEvent.type());
        if (template == null) {
            throw new MalformedEventException("No notification for " + domainEvent.type().detailType());
        }
        Notification notification = new Notification(domainEvent.detail().orderId(), template,
                domainEvent.detail().customerId(), "email", domainEvent.eventId(), clock.instant());
        if (notifications.record(notification)) {
            LOG.info("Notification recorded", "orderId", notification.orderId(), "template", template);
        } else {
            LOG.info("Notification already recorded", "orderId", notification.orderId(), "template", template);
        }
        return null;
    }
}
