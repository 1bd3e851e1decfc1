package dev.orderflow.domain.payment;

/** A payment's state: settled one way or the other, or given back. */
public enum PaymentStatus {
    CAPTURED,
    DECLINED,
    REFUNDED
}
