package dev.orderflow.localcloud.xray.internal.store;

import java.time.Duration;

/**
 * What the store keeps: traces younger than {@code maxAge} (X-Ray keeps 30 days), at most
 * {@code maxTraces} of them and {@code maxBytes} of documents, each trace at most
 * {@code maxSegmentsPerTrace} documents (more are refused and the trace marked LimitExceeded).
 */
public record Retention(Duration maxAge, int maxTraces, long maxBytes, int maxSegmentsPerTrace) {

    public Retention {
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("retention age must be positive");
        }
        if (maxTraces < 1 || maxBytes < 1 || maxSegmentsPerTrace < 1) {
            throw new IllegalArgumentException("retention limits must be at least 1");
        }
    }
}
