package dev.orderflow.domain.order;

/** An Idempotency-Key already claimed by an earlier request: its record says by which order. */
public final class IdempotencyKeyReusedException extends RuntimeException {

    private final IdempotencyRecord record;

    public IdempotencyKeyReusedException(IdempotencyRecord record) {
        super("Idempotency key already used for order " + record.orderId());
        this.record = record;
    }

    public IdempotencyRecord record() {
        return record;
    }
}
