package dev.orderflow.consumers.flow;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.orderflow.consumers.inventory.InventoryConsumer;
import dev.orderflow.consumers.notification.NotificationConsumer;
import dev.orderflow.consumers.payment.PaymentConsumer;
import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.events.EventType;
import dev.orderflow.domain.events.OrderEvent;
import dev.orderflow.domain.order.Order;
import dev.orderflow.domain.order.OrderLine;
import dev.orderflow.domain.payment.PaymentGateway;
import dev.orderflow.testing.SamTemplate;
import dev.orderflow.testing.TestBackend;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * The event-driven half of the system in one test JVM: the real consumers on the template's rules,
 * fed from the recording bus until it is quiet. Delivery can repeat and shuffle events, as
 * EventBridge's at-least-once delivery may.
 */
final class LocalFlow {

    private final TestBackend test;
    private final TemplateRouting routing = new TemplateRouting(SamTemplate.project());
    private final Map<String, RequestHandler<ScheduledEvent, Void>> functions;
    private final List<DomainEvent> delivered = new ArrayList<>();

    LocalFlow(TestBackend test, PaymentGateway gateway) {
        this.test = test;
        this.functions = Map.of(
                "InventoryConsumerFunction", new InventoryConsumer(test.backend),
                "PaymentConsumerFunction", new PaymentConsumer(test.backend, gateway),
                "NotificationConsumerFunction", new NotificationConsumer(test.backend));
    }

    /** Stores a PENDING order and publishes OrderPlaced, as the orders API does. */
    Order place(String customerId, List<OrderLine> lines) {
        Order order = Order.placed(UUID.randomUUID().toString(), customerId, lines, test.clock.instant());
        DomainEvent placed = new DomainEvent(EventType.ORDER_PLACED, OrderEvent.about(order, test.clock.instant()));
        test.backend.dynamoDb().transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                test.backend.orders().insert(order), test.backend.outbox().add(placed, test.clock.instant())).build());
        test.backend.dispatcher().dispatch(placed);
        return order;
    }

    /** Delivers events until none is left; each one {@code copies} times, in shuffled order if asked. */
    void run(int copies, boolean shuffle) {
        List<DomainEvent> batch = test.bus.drain();
        while (!batch.isEmpty()) {
            List<DomainEvent> deliveries = new ArrayList<>();
            for (DomainEvent event : batch) {
                for (int i = 0; i < copies; i++) {
                    deliveries.add(event);
                }
            }
            if (shuffle) {
                Collections.shuffle(deliveries, new java.util.Random(7));
            }
            deliveries.forEach(this::deliver);
            batch = test.bus.drain();
        }
    }

    void run() {
        run(1, false);
    }

    void deliver(DomainEvent event) {
        delivered.add(event);
        for (String function : routing.targetsOf(event)) {
            functions.get(function).handleRequest(BusDelivery.asDelivered(event), null);
        }
    }

    List<EventType> deliveredTypes() {
        return delivered.stream().map(DomainEvent::type).toList();
    }

    List<DomainEvent> delivered() {
        return List.copyOf(delivered);
    }
}
