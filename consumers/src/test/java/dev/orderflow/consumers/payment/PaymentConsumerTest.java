package dev.orderflow.consumers.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.consumers.flow.BusDelivery;
import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.events.EventType;
import dev.orderflow.domain.events.OrderEvent;
import dev.orderflow.domain.order.Order;
import dev.orderflow.domain.order.OrderLine;
import dev.orderflow.domain.order.OrderStatus;
import dev.orderflow.domain.payment.ChargeResult;
import dev.orderflow.domain.payment.PaymentGateway;
import dev.orderflow.domain.payment.PaymentStatus;
import dev.orderflow.localcloud.dynamodb.LocalDynamoDbExtension;
import dev.orderflow.testing.TestBackend;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

class PaymentConsumerTest {

    @RegisterExtension
    static final LocalDynamoDbExtension DYNAMO = new LocalDynamoDbExtension();

    private final AtomicInteger charges = new AtomicInteger();
    private TestBackend test;
    private PaymentConsumer consumer;

    @BeforeEach
    void setUp() {
        test = new TestBackend(DYNAMO.client());
        PaymentGateway countingGateway = new PaymentGateway() {
            @Override
            public ChargeResult charge(String idempotencyKey, String customerId, long amountCents) {
                charges.incrementAndGet();
                return ChargeResult.approved("ch_" + idempotencyKey);
            }

            @Override
            public String refund(String idempotencyKey, String chargeId, long amountCents) {
                throw new AssertionError("no refund here");
            }
        };
        consumer = new PaymentConsumer(test.backend, countingGateway);
    }

    @Test
    void shouldChargeTheOrdersOwnTotalOnceHoweverOftenTheEventComes() {
        Order order = given(OrderStatus.RESERVED);
        DomainEvent reserved = new DomainEvent(EventType.INVENTORY_RESERVED, OrderEvent.about(order, test.clock.instant()));
        for (int i = 0; i < 3; i++) {
            consumer.handleRequest(BusDelivery.asDelivered(reserved), null);
        }
        assertThat(charges).hasValue(1);
        assertThat(test.backend.payments().find(order.orderId()).orElseThrow())
                .satisfies(p -> assertThat(p.status()).isEqualTo(PaymentStatus.CAPTURED))
                .satisfies(p -> assertThat(p.amountCents()).isEqualTo(2500));
        assertThat(test.bus.published(EventType.PAYMENT_SUCCEEDED)).hasSize(1);
    }

    @Test
    void shouldNotChargeAnOrderThatIsNoLongerReserved() {
        Order order = given(OrderStatus.NEEDS_ATTENTION);
        consumer.handleRequest(BusDelivery.asDelivered(
                new DomainEvent(EventType.INVENTORY_RESERVED, OrderEvent.about(order, test.clock.instant()))), null);
        assertThat(charges).hasValue(0);
        assertThat(test.backend.payments().find(order.orderId())).isEmpty();
        assertThat(test.bus.published()).isEmpty();
    }

    private Order given(OrderStatus status) {
        var now = test.clock.instant();
        Order order = new Order("o-1", "cust-1", status, List.of(new OrderLine("MUG", 2, 1250)), 2500, now, now, null);
        DYNAMO.client().transactWriteItems(TransactWriteItemsRequest.builder()
                .transactItems(test.backend.orders().insert(order)).build());
        return order;
    }
}
