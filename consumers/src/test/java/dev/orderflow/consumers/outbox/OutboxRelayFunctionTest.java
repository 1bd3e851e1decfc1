package dev.orderflow.consumers.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.events.EventType;
import dev.orderflow.domain.events.OrderEvent;
import dev.orderflow.domain.order.Order;
import dev.orderflow.domain.order.OrderLine;
import dev.orderflow.domain.outbox.OutboxRelay;
import dev.orderflow.localcloud.dynamodb.LocalDynamoDbExtension;
import dev.orderflow.testing.TestBackend;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

class OutboxRelayFunctionTest {

    @RegisterExtension
    static final LocalDynamoDbExtension DYNAMO = new LocalDynamoDbExtension();

    @Test
    void shouldPublishEveryStrandedEventOnceInBatchesOfTenAndLeaveTheOutboxEmpty() {
        TestBackend test = new TestBackend(DYNAMO.client());
        IntStream.range(0, 23).forEach(i -> strand(test, "o-" + i));
        OutboxRelayFunction relay = new OutboxRelayFunction(test.backend, Duration.ofSeconds(30));

        assertThat(relay.handleRequest(new ScheduledEvent(), null)).isEqualTo(new OutboxRelay.Report(0, 0));
        test.clock.advance(Duration.ofSeconds(31));
        assertThat(relay.handleRequest(new ScheduledEvent(), null)).isEqualTo(new OutboxRelay.Report(23, 23));
        assertThat(relay.handleRequest(new ScheduledEvent(), null)).isEqualTo(new OutboxRelay.Report(0, 0));

        assertThat(test.bus.published()).extracting(e -> e.detail().orderId()).doesNotHaveDuplicates().hasSize(23);
    }

    @Test
    void shouldKeepEventsTheBusRefusedForTheNextRun() {
        TestBackend test = new TestBackend(DYNAMO.client());
        strand(test, "o-1");
        test.clock.advance(Duration.ofMinutes(1));
        test.bus.down(true);
        OutboxRelayFunction relay = new OutboxRelayFunction(test.backend, Duration.ofSeconds(30));

        try {
            relay.handleRequest(new ScheduledEvent(), null);
        } catch (IllegalStateException expected) {
            // The run fails (and is recorded by its on-failure destination); the event stays.
        }
        test.bus.down(false);
        assertThat(relay.handleRequest(new ScheduledEvent(), null).published()).isEqualTo(1);
    }

    /** An event committed to the outbox whose publish never happened, as after a crash. */
    private static void strand(TestBackend test, String orderId) {
        Order order = Order.placed(orderId, "cust-1", List.of(new OrderLine("MUG", 1, 100)), test.clock.instant());
        DomainEvent event = new DomainEvent(EventType.ORDER_PLACED, OrderEvent.about(order, test.clock.instant()));
        test.backend.dynamoDb().transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                test.backend.orders().insert(order), test.backend.outbox().add(event, test.clock.instant())).build());
    }
}
