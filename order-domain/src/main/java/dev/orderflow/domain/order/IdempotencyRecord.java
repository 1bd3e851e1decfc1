package dev.orderflow.domain.order;

import java.time.Instant;

/** Which order an Idempotency-Key created, and a hash of the body that created it. */
public record IdempotencyRecord(String key, String requestHash, String orderId, Instant expiresAt) {
}
