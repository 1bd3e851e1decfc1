package dev.orderflow.consumers.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import dev.orderflow.consumers.flow.BusDelivery;
import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.events.EventType;
import dev.orderflow.domain.events.MalformedEventException;
import dev.orderflow.domain.events.OrderEvent;
import dev.orderflow.domain.notification.Notification;
import dev.orderflow.domain.order.Order;
import dev.orderflow.domain.order.OrderLine;
import dev.orderflow.localcloud.dynamodb.LocalDynamoDbExtension;
import dev.orderflow.testing.TestBackend;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

class NotificationConsumerTest {

    @RegisterExtension
    static final LocalDynamoDbExtension DYNAMO = new LocalDynamoDbExtension();

    private TestBackend test;
    private NotificationConsumer consumer;

    @BeforeEach
    void setUp() {
        test = new TestBackend(DYNAMO.client());
        consumer = new NotificationConsumer(test.backend);
    }

    @Test
    void shouldRecordOneNotificationPerOrderAndOutcomeWithoutPersonalData() {
        Order order = Order.placed("o-1", "cust-42", List.of(new OrderLine("MUG", 1, 100)), test.clock.instant());
        DomainEvent confirmed = new DomainEvent(EventType.PAYMENT_SUCCEEDED, OrderEvent.about(order, test.clock.instant()));

        consumer.handleRequest(BusDelivery.asDelivered(confirmed), null);
        consumer.handleRequest(BusDelivery.asDelivered(confirmed), null);

        assertThat(test.backend.notifications().forOrder("o-1")).singleElement().satisfies(n -> {
            assertThat(n.template()).isEqualTo("order-confirmed");
            assertThat(n.recipient()).isEqualTo("cust-42");
            assertThat(n.channel()).isEqualTo("email");
        });
    }

    @Test
    void shouldHaveATemplateForEveryEventItsRuleDelivers() {
        assertThat(NotificationConsumer.TEMPLATES).containsOnlyKeys(EventType.INVENTORY_REJECTED,
                EventType.PAYMENT_SUCCEEDED, EventType.PAYMENT_FAILED, EventType.PAYMENT_REFUNDED);
    }

    @ParameterizedTest
    @Event(value = "eventbridge/events/order-placed.json", type = ScheduledEvent.class)
    void shouldRefuseAnEventThatEndsNoFlow(ScheduledEvent event) {
        assertThatThrownBy(() -> consumer.handleRequest(event, null)).isInstanceOf(MalformedEventException.class);
        assertThat(test.backend.notifications().forOrder("6f1c2d9e-1b2a-4c3d-9e8f-0a1b2c3d4e5f"))
                .extracting(Notification::template).isEmpty();
    }
}
