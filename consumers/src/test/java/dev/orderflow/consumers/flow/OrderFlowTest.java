package dev.orderflow.consumers.flow;

import static dev.orderflow.domain.events.EventType.INVENTORY_REJECTED;
import static dev.orderflow.domain.events.EventType.INVENTORY_RESERVED;
import static dev.orderflow.domain.events.EventType.ORDER_PLACED;
import static dev.orderflow.domain.events.EventType.PAYMENT_FAILED;
import static dev.orderflow.domain.events.EventType.PAYMENT_SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.inventory.InventoryItem;
import dev.orderflow.domain.inventory.InventoryUpdate;
import dev.orderflow.domain.notification.Notification;
import dev.orderflow.domain.order.Order;
import dev.orderflow.domain.order.OrderLine;
import dev.orderflow.domain.order.OrderStatus;
import dev.orderflow.domain.payment.PaymentStatus;
import dev.orderflow.domain.payment.SimulatedPaymentGateway;
import dev.orderflow.localcloud.dynamodb.LocalDynamoDbExtension;
import dev.orderflow.testing.TestBackend;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Whole order flows through the real consumers, routed by the template's rules. */
class OrderFlowTest {

    @RegisterExtension
    static final LocalDynamoDbExtension DYNAMO = new LocalDynamoDbExtension();

    private TestBackend test;
    private LocalFlow flow;

    @BeforeEach
    void setUp() {
        test = new TestBackend(DYNAMO.client());
        stock("MUG-BLUE", 1250, 10);
        stock("TEA-EARL", 1200, 1);
        flow = new LocalFlow(test, new SimulatedPaymentGateway(Set.of("cust-declined"), 500_000));
    }

    @Test
    void shouldConfirmAPaidOrderAndRecordItsNotification() {
        Order order = flow.place("cust-1", List.of(line("MUG-BLUE", 2, 1250), line("TEA-EARL", 1, 1200)));
        flow.run();

        assertThat(status(order)).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(flow.deliveredTypes()).containsExactly(ORDER_PLACED, INVENTORY_RESERVED, PAYMENT_SUCCEEDED);
        assertThat(test.backend.payments().find(order.orderId()).orElseThrow().status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(item("MUG-BLUE")).extracting(InventoryItem::available, InventoryItem::reserved).containsExactly(8L, 0L);
        assertThat(item("TEA-EARL").available()).isZero();
        assertThat(notifications(order)).containsExactly("order-confirmed");
    }

    @Test
    void shouldRejectAnOrderThatCannotBeStockedAndTakeNothing() {
        Order order = flow.place("cust-1", List.of(line("MUG-BLUE", 2, 1250), line("TEA-EARL", 2, 1200)));
        flow.run();

        assertThat(test.backend.orders().find(order.orderId()).orElseThrow())
                .extracting(Order::status, Order::statusReason)
                .containsExactly(OrderStatus.REJECTED, "Insufficient stock: TEA-EARL");
        assertThat(flow.delivered().get(1).type()).isEqualTo(INVENTORY_REJECTED);
        assertThat(flow.delivered().get(1).detail().shortSkus()).containsExactly("TEA-EARL");
        assertThat(item("MUG-BLUE").available()).as("all or nothing").isEqualTo(10);
        assertThat(test.backend.payments().find(order.orderId())).isEmpty();
        assertThat(notifications(order)).containsExactly("order-rejected");
    }

    @Test
    void shouldReleaseTheStockOfADeclinedPayment() {
        Order order = flow.place("cust-declined", List.of(line("MUG-BLUE", 3, 1250)));
        flow.run();

        assertThat(status(order)).isEqualTo(OrderStatus.PAYMENT_FAILED);
        assertThat(flow.deliveredTypes()).containsExactly(ORDER_PLACED, INVENTORY_RESERVED, PAYMENT_FAILED);
        assertThat(flow.delivered().get(2).detail().reason()).isEqualTo("CARD_DECLINED");
        assertThat(item("MUG-BLUE")).extracting(InventoryItem::available, InventoryItem::reserved).containsExactly(10L, 0L);
        assertThat(test.backend.payments().find(order.orderId()).orElseThrow().declineCode()).isEqualTo("CARD_DECLINED");
        assertThat(notifications(order)).containsExactly("payment-failed");
    }

    @Test
    void shouldEndTheSameWhenEveryEventIsDeliveredThreeTimesInShuffledOrder() {
        Order paid = flow.place("cust-1", List.of(line("MUG-BLUE", 2, 1250)));
        Order declined = flow.place("cust-declined", List.of(line("MUG-BLUE", 1, 1250)));
        Order rejected = flow.place("cust-2", List.of(line("TEA-EARL", 5, 1200)));
        flow.run(3, true);

        assertThat(status(paid)).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(status(declined)).isEqualTo(OrderStatus.PAYMENT_FAILED);
        assertThat(status(rejected)).isEqualTo(OrderStatus.REJECTED);
        assertThat(item("MUG-BLUE")).as("one reservation and one release each")
                .extracting(InventoryItem::available, InventoryItem::reserved).containsExactly(8L, 0L);
        assertThat(item("TEA-EARL").available()).isEqualTo(1);
        assertThat(notifications(paid)).containsExactly("order-confirmed");
        assertThat(notifications(declined)).containsExactly("payment-failed");
        assertThat(notifications(rejected)).containsExactly("order-rejected");
        long reservedEvents = flow.delivered().stream().filter(e -> e.type() == INVENTORY_RESERVED)
                .map(e -> e.detail().orderId()).distinct().count();
        assertThat(reservedEvents).isEqualTo(2);
    }

    @Test
    void shouldIgnoreAStaleOrderPlacedThatArrivesAfterTheFlowEnded() {
        Order order = flow.place("cust-declined", List.of(line("MUG-BLUE", 4, 1250)));
        DomainEvent placed = test.bus.published().get(0);
        flow.run();
        assertThat(status(order)).isEqualTo(OrderStatus.PAYMENT_FAILED);

        flow.deliver(placed);
        flow.run();

        assertThat(status(order)).isEqualTo(OrderStatus.PAYMENT_FAILED);
        assertThat(item("MUG-BLUE")).extracting(InventoryItem::available, InventoryItem::reserved).containsExactly(10L, 0L);
    }

    private void stock(String sku, long price, long available) {
        test.backend.inventory().upsert(new InventoryUpdate(sku, sku, price, available), test.clock.instant());
    }

    private static OrderLine line(String sku, int quantity, long price) {
        return new OrderLine(sku, quantity, price);
    }

    private OrderStatus status(Order order) {
        return test.backend.orders().find(order.orderId()).orElseThrow().status();
    }

    private InventoryItem item(String sku) {
        return test.backend.inventory().find(sku).orElseThrow();
    }

    private List<String> notifications(Order order) {
        return test.backend.notifications().forOrder(order.orderId()).stream().map(Notification::template).toList();
    }
}
