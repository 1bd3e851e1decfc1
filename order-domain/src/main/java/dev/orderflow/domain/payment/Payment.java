package dev.orderflow.domain.payment;

import java.time.Instant;

/**
 * A payment attempt for an order, one per order. {@code chargeId} is set when captured,
 * {@code declineCode} when declined, {@code refundId} once refunded. No card data is ever stored.
 */
public record Payment(
        String orderId,
        String customerId,
        PaymentStatus status,
        long amountCents,
        String chargeId,
        String declineCode,
        String refundId,
        Instant createdAt,
        Instant updatedAt) {
}
