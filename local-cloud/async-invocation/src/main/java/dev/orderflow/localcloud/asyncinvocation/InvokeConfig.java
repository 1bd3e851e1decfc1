package dev.orderflow.localcloud.asyncinvocation;

import java.time.Duration;

/**
 * A function's EventInvokeConfig and DeadLetterQueue: retries (0-2, default 2), the oldest event
 * Lambda still runs (60 s to 6 h, default 6 h), destinations, and the function's dead-letter queue.
 *
 * @param onSuccess destination ARN for successful invocations, or null
 * @param onFailure destination ARN for events that failed every attempt or got too old, or null
 * @param deadLetterQueue the function's DeadLetterQueue TargetArn, or null
 */
public record InvokeConfig(int maximumRetryAttempts, Duration maximumEventAge, String onSuccess, String onFailure,
        String deadLetterQueue) {

    public static final InvokeConfig DEFAULT = new InvokeConfig(2, Duration.ofHours(6), null, null, null);

    public InvokeConfig {
        if (maximumRetryAttempts < 0 || maximumRetryAttempts > 2) {
            throw new IllegalArgumentException("EventInvokeConfig.MaximumRetryAttempts must be 0 to 2, not " + maximumRetryAttempts);
        }
        long seconds = maximumEventAge.toSeconds();
        if (seconds < 60 || seconds > 21_600) {
            throw new IllegalArgumentException("EventInvokeConfig.MaximumEventAgeInSeconds must be 60 to 21600, not " + seconds);
        }
    }
}
