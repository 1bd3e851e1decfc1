package dev.orderflow.localcloud.sqseventsource;

import java.time.Duration;
import java.util.Objects;

/**
 * An SQS event source mapping ({@code Events: Type: SQS}).
 *
 * @param batchSize 1-10000 (Lambda's default 10); above 10 a batching window is required
 * @param batchingWindow MaximumBatchingWindowInSeconds, 0-300 s
 * @param reportBatchItemFailures {@code FunctionResponseTypes: [ReportBatchItemFailures]}
 * @param maximumConcurrency ScalingConfig.MaximumConcurrency (2-1000), or null for Lambda's five pollers
 */
public record SqsMapping(String function, String queueArn, String queueUrl, int batchSize, Duration batchingWindow,
        boolean reportBatchItemFailures, boolean enabled, Integer maximumConcurrency) {

    public SqsMapping {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(queueArn, "queueArn");
        Objects.requireNonNull(queueUrl, "queueUrl");
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException(function + ": BatchSize must be 1 to 10000, not " + batchSize);
        }
        if (batchingWindow.isNegative() || batchingWindow.toSeconds() > 300) {
            throw new IllegalArgumentException(function + ": MaximumBatchingWindowInSeconds must be 0 to 300");
        }
        if (batchSize > 10 && batchingWindow.isZero()) {
            throw new IllegalArgumentException(function + ": a BatchSize above 10 needs MaximumBatchingWindowInSeconds of at least 1");
        }
        if (maximumConcurrency != null && (maximumConcurrency < 2 || maximumConcurrency > 1000)) {
            throw new IllegalArgumentException(function + ": ScalingConfig.MaximumConcurrency must be 2 to 1000");
        }
    }
}
