package dev.orderflow.domain.payment;

/**
 * The payment provider. Both calls take an idempotency key, as real providers do: asking twice with
 * the same key returns the first answer and moves money once. That is what makes a consumer that
 * crashed between charging and recording safe to run again.
 */
public interface PaymentGateway {

    ChargeResult charge(String idempotencyKey, String customerId, long amountCents);

    /** Refunds a captured charge in full; returns the refund id. */
    String refund(String idempotencyKey, String chargeId, long amountCents);
}
