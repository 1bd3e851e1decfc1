package dev.orderflow.localcloud.eventbridge;

import java.util.Objects;
import java.util.Optional;

/**
 * A rule's target.
 *
 * @param input constant JSON given to the target instead of the event (Input), or null
 * @param inputPath the part of the event given to the target (InputPath, e.g. {@code $.detail}), or null
 * @param deadLetterArn the SQS queue for events that cannot be delivered (DeadLetterConfig.Arn), or null
 */
public record TargetDefinition(String id, String arn, String input, String inputPath, RetryPolicy retryPolicy,
        String deadLetterArn) {

    public TargetDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        if (input != null && inputPath != null) {
            throw new IllegalArgumentException("target " + id + ": Input and InputPath are mutually exclusive");
        }
    }

    public Optional<String> deadLetterQueue() {
        return Optional.ofNullable(deadLetterArn);
    }
}
