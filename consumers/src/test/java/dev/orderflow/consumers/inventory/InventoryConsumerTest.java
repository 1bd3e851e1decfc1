package dev.orderflow.consumers.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderflow.consumers.flow.BusDelivery;
import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.events.EventType;
import dev.orderflow.domain.events.MalformedEventException;
import dev.orderflow.domain.events.OrderEvent;
import dev.orderflow.domain.inventory.InventoryItem;
import dev.orderflow.domain.inventory.InventoryUpdate;
import dev.orderflow.domain.order.Order;
import dev.orderflow.domain.order.OrderLine;
import dev.orderflow.domain.order.OrderStatus;
import dev.orderflow.domain.payment.Payment;
import dev.orderflow.domain.payment.PaymentStatus;
import dev.orderflow.localcloud.dynamodb.LocalDynamoDbExtension;
import dev.orderflow.testing.TestBackend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

class InventoryConsumerTest {

    @RegisterExtension
    static final LocalDynamoDbExtension DYNAMO = new LocalDynamoDbExtension();

    private TestBackend test;
    private InventoryConsumer consumer;

    @BeforeEach
    void setUp() {
        test = new TestBackend(DYNAMO.client());
        consumer = new InventoryConsumer(test.backend);
    }

    @Test
    void shouldReserveAllHundredLinesOfTheLargestOrderInOneTransaction() {
        List<OrderLine> lines = IntStream.range(0, 100).mapToObj(i -> new OrderLine("SKU-" + i, 2, 100)).toList();
        lines.forEach(l -> stock(l.sku(), 5));
        Order order = pending(lines);

        consumer.handleRequest(BusDelivery.asDelivered(event(EventType.ORDER_PLACED, order)), null);

        assertThat(status(order)).isEqualTo(OrderStatus.RESERVED);
        assertThat(item("SKU-0")).extracting(InventoryItem::available, InventoryItem::reserved).containsExactly(3L, 2L);
        assertThat(item("SKU-99")).extracting(InventoryItem::available, InventoryItem::reserved).containsExactly(3L, 2L);
    }

    @Test
    void shouldSellTheLastUnitsToExactlyAsManyOrdersAsThereIsStockWhenOrdersRace() throws Exception {
        stock("LAST", 5);
        List<Order> orders = IntStream.range(0, 12).mapToObj(i -> pending(List.of(new OrderLine("LAST", 1, 100)))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> runs = new ArrayList<>();
        for (Order order : orders) {
            runs.add(pool.submit(() -> new InventoryConsumer(test.backend)
                    .handleRequest(BusDelivery.asDelivered(event(EventType.ORDER_PLACED, order)), null)));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();

        assertThat(orders.stream().filter(o -> status(o) == OrderStatus.RESERVED)).hasSize(5);
        assertThat(orders.stream().filter(o -> status(o) == OrderStatus.REJECTED)).hasSize(7);
        assertThat(item("LAST")).extracting(InventoryItem::available, InventoryItem::reserved).containsExactly(0L, 5L);
    }

    @Test
    void shouldReleaseAndSettleHoldsOnlyOnce() {
        stock("MUG", 10);
        Order declined = pending(List.of(new OrderLine("MUG", 3, 100)));
        Order paid = pending(List.of(new OrderLine("MUG", 4, 100)));
        consumer.handleRequest(BusDelivery.asDelivered(event(EventType.ORDER_PLACED, declined)), null);
        consumer.handleRequest(BusDelivery.asDelivered(event(EventType.ORDER_PLACED, paid)), null);
        assertThat(item("MUG")).extracting(InventoryItem::available, InventoryItem::reserved).containsExactly(3L, 7L);

        for (int i = 0; i < 2; i++) {
            consumer.handleRequest(BusDelivery.asDelivered(event(EventType.PAYMENT_FAILED, declined)), null);
            consumer.handleRequest(BusDelivery.asDelivered(event(EventType.PAYMENT_SUCCEEDED, paid)), null);
        }

        assertThat(item("MUG")).extracting(InventoryItem::available, InventoryItem::reserved).containsExactly(6L, 0L);
    }

    @Test
    void shouldPutARefundedOrdersStockBackOnceEvenIfTheEventRepeats() {
        stock("MUG", 10);
        Instant now = test.clock.instant();
        Order refunded = new Order(UUID.randomUUID().toString(), "cust-1", OrderStatus.REFUNDED,
                List.of(new OrderLine("MUG", 4, 100)), 400, now, now, null);
        test.backend.dynamoDb().transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                test.backend.orders().insert(refunded),
                test.backend.payments().record(new Payment(refunded.orderId(), "cust-1", PaymentStatus.REFUNDED, 400,
                        "ch_1", null, "re_1", now, now))).build());

        for (int i = 0; i < 3; i++) {
            consumer.handleRequest(BusDelivery.asDelivered(event(EventType.PAYMENT_REFUNDED, refunded)), null);
        }

        assertThat(item("MUG").available()).isEqualTo(14);
    }

    @Test
    void shouldRefuseAnEventThatIsNotForIt() {
        Order order = pending(List.of(new OrderLine("MUG", 1, 100)));
        assertThatThrownBy(() -> consumer.handleRequest(BusDelivery.asDelivered(event(EventType.INVENTORY_RESERVED, order)), null))
                .isInstanceOf(MalformedEventException.class);
    }

    private Order pending(List<OrderLine> lines) {
        Order order = Order.placed(UUID.randomUUID().toString(), "cust-1", lines, test.clock.instant());
        test.backend.dynamoDb().transactWriteItems(TransactWriteItemsRequest.builder()
                .transactItems(test.backend.orders().insert(order)).build());
        return order;
    }

    private DomainEvent event(EventType type, Order order) {
        return new DomainEvent(type, OrderEvent.about(order, test.clock.instant()));
    }

    private void stock(String sku, long available) {
        test.backend.inventory().upsert(new InventoryUpdate(sku, sku, 100, available), test.clock.instant());
    }

    private InventoryItem item(String sku) {
        return test.backend.inventory().find(sku).orElseThrow();
    }

    private OrderStatus status(Order order) {
        return test.backend.orders().find(order.orderId()).orElseThrow().status();
    }
}
