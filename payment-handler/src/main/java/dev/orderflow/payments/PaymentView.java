package dev.orderflow.payments;

import dev.orderflow.domain.payment.Payment;

/** A payment as the API shows it. */
public record PaymentView(
        String orderId,
        String status,
        long amountCents,
        String chargeId,
        String declineCode,
        String refundId,
        String createdAt,
        String updatedAt) {

    public static PaymentView of(Payment payment) {
        return new PaymentView(payment.orderId(), payment.status().name(), payment.amountCents(), payment.chargeId(),
                payment.declineCode(), payment.refundId(), payment.createdAt().toString(),
                payment.updatedAt().toString());
    }
}
