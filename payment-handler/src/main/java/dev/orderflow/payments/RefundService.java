package dev.orderflow.payments;

import dev.orderflow.domain.api.ConflictException;
import dev.orderflow.domain.api.NotFoundException;
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
import dev.orderflow.domain.payment.Payment;
import dev.orderflow.domain.payment.PaymentGateway;
import dev.orderflow.domain.payment.PaymentRepository;
import dev.orderflow.domain.payment.PaymentStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Refunds a captured payment: the gateway refund (idempotent by order id), then one transaction that
 * marks the payment REFUNDED, moves the order CONFIRMED → REFUNDED and records {@code PaymentRefunded},
 * on which the inventory consumer puts the stock back.
 */
public final class RefundService {

    private static final AppLog LOG = AppLog.of(RefundService.class);

    private final PaymentRepository payments;
    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final PaymentGateway gateway;
    private final Clock clock;

    public RefundService(PaymentRepository payments, OrderRepository orders, OrderTransitions transitions,
                         PaymentGateway gateway, Clock clock) {
        this.payments = payments;
        this.orders = orders;
        this.transitions = transitions;
        this.gateway = gateway;
        this.clock = clock;
    }

    public Payment refund(String orderId) {
        Payment payment = payments.find(orderId)
                .orElseThrow(() -> new ConflictException("orderId", "Order " + orderId + " has no payment to refund"));
        if (payment.status() != PaymentStatus.CAPTURED) {
            throw new ConflictException("orderId", "Payment of order " + orderId + " is " + payment.status()
                    + "; only a CAPTURED payment can be refunded");
        }
        Order order = orders.find(orderId).orElseThrow(() -> new NotFoundException("Order " + orderId + " not found"));
        String refundId = gateway.refund(orderId, payment.chargeId(), payment.amountCents());
        Instant now = clock.instant();
        DomainEvent refunded = new DomainEvent(EventType.PAYMENT_REFUNDED,
                OrderEvent.about(order, now).withChargeId(payment.chargeId()).withRefundId(refundId));
        try {
            transitions.move(orderId, OrderStatus.REFUNDED, null, refunded, List.of(payments.refund(orderId, refundId, now)));
        } catch (InvalidTransitionException e) {
            throw new ConflictException("orderId", "Order " + orderId + " is " + e.actual() + " and cannot be refunded");
        } catch (ConditionFailedException e) {
            throw new ConflictException("orderId", "Payment of order " + orderId + " was refunded meanwhile");
        }
        LOG.info("Payment refunded", "orderId", orderId, "amountCents", payment.amountCents(), "refundId", refundId);
        return payments.find(orderId).orElseThrow();
    }
}
