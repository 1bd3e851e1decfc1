package dev.orderflow.consumers.inventory;

import dev.orderflow.domain.dynamo.Cancellation;
import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.events.EventType;
import dev.orderflow.domain.events.OrderEvent;
import dev.orderflow.domain.inventory.ReservationOutcome;
import dev.orderflow.domain.inventory.StockReservations;
import dev.orderflow.domain.logging.AppLog;
import dev.orderflow.domain.order.InvalidTransitionException;
import dev.orderflow.domain.order.Order;
import dev.orderflow.domain.order.OrderLine;
import dev.orderflow.domain.order.OrderRepository;
import dev.orderflow.domain.order.OrderStatus;
import dev.orderflow.domain.order.OrderTransitions;
import dev.orderflow.domain.payment.PaymentRepository;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * What the inventory service does on each event: reserve an order's stock when it is placed, give
 * it back when payment fails, settle it when payment succeeds, and put it back on sale after a
 * refund. Every step is safe to repeat: a redelivered event finds its work done and changes nothing.
 */
public final class InventoryWorkflow {

    private static final AppLog LOG = AppLog.of(InventoryWorkflow.class);
    /** Statuses in which an order must hold no stock: a stray hold found then is given back. */
    private static final Set<OrderStatus> HOLDS_NOTHING = EnumSet.of(OrderStatus.REJECTED, OrderStatus.PAYMENT_FAILED);

    private final DynamoDbClient dynamoDb;
    private final OrderRepository orders;
    private final StockReservations reservations;
    private final PaymentRepository payments;
    private final OrderTransitions transitions;
    private final Clock clock;

    public InventoryWorkflow(DynamoDbClient dynamoDb, OrderRepository orders, StockReservations reservations,
                             PaymentRepository payments, OrderTransitions transitions, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.orders = orders;
        this.reservations = reservations;
        this.payments = payments;
        this.transitions = transitions;
        this.clock = clock;
    }

    public void reserve(OrderEvent placed) {
        Order order = orders.find(placed.orderId())
                .orElseThrow(() -> new IllegalStateException("OrderPlaced for unknown order " + placed.orderId()));
        if (order.status() != OrderStatus.PENDING) {
            LOG.info("OrderPlaced already handled", "orderId", order.orderId(), "status", order.status());
            if (HOLDS_NOTHING.contains(order.status())) {
                reservations.release(order.orderId(), skus(order.lines()));
            }
            return;
        }
        ReservationOutcome outcome = reservations.reserve(order.orderId(), order.lines());
        if (outcome instanceof ReservationOutcome.Short shortage) {
            reject(placed, shortage.skus());
        } else {
            confirmReservation(placed, order, outcome instanceof ReservationOutcome.Reserved);
        }
    }

    public void release(OrderEvent paymentFailed) {
        int released = reservations.release(paymentFailed.orderId(), skus(paymentFailed.orderLines()));
        LOG.info("Stock released", "orderId", paymentFailed.orderId(), "lines", released);
    }

    public void settle(OrderEvent paymentSucceeded) {
        int settled = reservations.settle(paymentSucceeded.orderId(), skus(paymentSucceeded.orderLines()));
        LOG.info("Stock settled", "orderId", paymentSucceeded.orderId(), "lines", settled);
    }

    /** Puts a refunded order's stock back, line by line, each line once (the payment records which). */
    public void restock(OrderEvent refunded) {
        int restocked = 0;
        for (OrderLine line : refunded.orderLines()) {
            try {
                dynamoDb.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                        reservations.restock(line.sku(), line.quantity()),
                        payments.markRestocked(refunded.orderId(), line.sku())).build());
                restocked++;
            } catch (TransactionCanceledException e) {
                if (Cancellation.of(e).failed(0)) {
                    LOG.warn("Refunded SKU no longer exists; not restocked", "orderId", refunded.orderId(), "sku", line.sku());
                }
            }
        }
        LOG.info("Stock returned after refund", "orderId", refunded.orderId(), "lines", restocked);
    }

    private void confirmReservation(OrderEvent placed, Order order, boolean heldNow) {
        DomainEvent reserved = new DomainEvent(EventType.INVENTORY_RESERVED, placed.next(clock.instant()));
        try {
            transitions.move(order.orderId(), OrderStatus.RESERVED, null, reserved);
            LOG.info("Stock reserved", "orderId", order.orderId(), "lines", order.lines().size());
        } catch (InvalidTransitionException e) {
            // The order moved on while we reserved. Holds we just took for an order that must hold
            // nothing are strays: give them back. Otherwise they are the order's real holds.
            if (heldNow && HOLDS_NOTHING.contains(e.actual())) {
                reservations.release(order.orderId(), skus(order.lines()));
            }
            LOG.info("Reservation already recorded", "orderId", order.orderId(), "status", e.actual());
        }
    }

    private void reject(OrderEvent placed, List<String> shortSkus) {
        DomainEvent rejected = new DomainEvent(EventType.INVENTORY_REJECTED,
                placed.next(clock.instant()).withShortSkus(shortSkus).withReason("INSUFFICIENT_STOCK"));
        try {
            transitions.move(placed.orderId(), OrderStatus.REJECTED, "Insufficient stock: " + String.join(", ", shortSkus), rejected);
            LOG.info("Order rejected for stock", "orderId", placed.orderId(), "shortSkus", String.join(",", shortSkus));
        } catch (InvalidTransitionException e) {
            LOG.info("Rejection already recorded", "orderId", placed.orderId(), "status", e.actual());
        }
    }

    private static List<String> skus(List<OrderLine> lines) {
        return lines.stream().map(OrderLine::sku).toList();
    }
}
