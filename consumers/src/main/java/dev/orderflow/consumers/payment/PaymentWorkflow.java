package dev.orderflow.consumers.payment;

import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.events.EventType;
import dev.orderflow.domain.events.OrderEvent;
import dev.orderflow.domain.logging.AppLog;
import dev.orderflow.domain.order.ConditionFailedException;
import dev.orderflow.domain.order.InvalidTransitionException;
import dev.orderflow.domain.order.Order;
import dev.orderflow.domain.order.OrderRepository;
import dev.orderflow.domain.order.OrderStatus;
import dev.orderflow.domain.order.OrderTransitions;
import dev.orderflow.domain.payment.ChargeResult;
import dev.orderflow.domain.payment.Payment;
import dev.orderflow.domain.payment.PaymentGateway;
import dev.orderflow.domain.payment.PaymentRepository;
import dev.orderflow.domain.payment.PaymentStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Charges a reserved order and records the outcome with the order's next status and the event that
 * announces it, in one transaction. The charge carries the order id as idempotency key, so running
 * again after a crash between charging and recording moves no money twice; the payment record's
 * condition makes a second recording fail, so a duplicate event changes nothing.
 */
public final class PaymentWorkflow {

    private static final AppLog LOG = AppLog.of(PaymentWorkflow.class);

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final OrderTransitions transitions;
    private final PaymentGateway gateway;
    private final Clock clock;

    public PaymentWorkflow(OrderRepository orders, PaymentRepository payments, OrderTransitions transitions,
                           PaymentGateway gateway, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.transitions = transitions;
        this.gateway = gateway;
        this.clock = clock;
    }

    public void charge(OrderEvent reserved) {
        String orderId = reserved.orderId();
        if (payments.find(orderId).isPresent()) {
            LOG.info("Payment already recorded", "orderId", orderId);
            return;
        }
        Order order = orders.find(orderId)
                .orElseThrow(() -> new IllegalStateException("InventoryReserved for unknown order " + orderId));
        if (order.status() != OrderStatus.RESERVED) {
            LOG.info("Order not awaiting payment", "orderId", orderId, "status", order.status());
            return;
        }
        ChargeResult result = gateway.charge(orderId, order.customerId(), order.totalCents());
        Instant now = clock.instant();
        Payment payment = new Payment(orderId, order.customerId(),
                result.approved() ? PaymentStatus.CAPTURED : PaymentStatus.DECLINED, order.totalCents(),
                result.chargeId(), result.declineCode(), null, now, now);
        try {
            if (result.approved()) {
                DomainEvent succeeded = new DomainEvent(EventType.PAYMENT_SUCCEEDED,
                        reserved.next(now).withChargeId(result.chargeId()));
                transitions.move(orderId, OrderStatus.CONFIRMED, null, succeeded, List.of(payments.record(payment)));
                LOG.info("Payment captured", "orderId", orderId, "amountCents", order.totalCents(), "chargeId", result.chargeId());
            } else {
                DomainEvent failed = new DomainEvent(EventType.PAYMENT_FAILED,
                        reserved.next(now).withReason(result.declineCode()));
                transitions.move(orderId, OrderStatus.PAYMENT_FAILED, "Payment declined: " + result.declineCode(), failed,
                        List.of(payments.record(payment)));
                LOG.info("Payment declined", "orderId", orderId, "amountCents", order.totalCents(),
                        "declineCode", result.declineCode());
            }
        } catch (InvalidTransitionException | ConditionFailedException duplicate) {
            LOG.info("Payment outcome already recorded", "orderId", orderId);
        }
    }
}
