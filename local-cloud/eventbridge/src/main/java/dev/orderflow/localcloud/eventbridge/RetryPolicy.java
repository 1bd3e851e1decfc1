package dev.orderflow.localcloud.eventbridge;

import java.time.Duration;

/**
 * A target's RetryPolicy: how often and how long EventBridge keeps trying to hand an event over.
 * AWS's bounds and defaults: 0-185 attempts (185), 60-86400 s (24 h).
 */
public record RetryPolicy(int maximumRetryAttempts, Duration maximumEventAge) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(185, Duration.ofHours(24));

    public RetryPolicy {
        if (maximumRetryAttempts < 0 || maximumRetryAttempts > 185) {
            throw new IllegalArgumentException("RetryPolicy.MaximumRetryAttempts must be 0 to 185, not " + maximumRetryAttempts);
        }
        long seconds = maximumEventAge.toSeconds();
        if (seconds < 60 || seconds > 86_400) {
            throw new IllegalArgumentException("RetryPolicy.MaximumEventAgeInSeconds must be 60 to 86400, not " + seconds);
        }
    }
}
