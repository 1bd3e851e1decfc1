package dev.orderflow.localcloud.sqs;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A queue to create, with CreateQueue's attributes ({@code VisibilityTimeout}, {@code RedrivePolicy}
 * as its JSON text, ...).
 */
public record QueueDeclaration(String name, Map<String, String> attributes) {

    public QueueDeclaration {
        Objects.requireNonNull(name, "name");
        attributes = Map.copyOf(attributes);
    }

    /** The ARN of the dead-letter queue the RedrivePolicy names, if any. */
    public Optional<String> redriveTarget() {
        String policy = attributes.get("RedrivePolicy");
        if (policy == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher arn = java.util.regex.Pattern.compile("\"deadLetterTargetArn\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(policy);
        return arn.find() ? Optional.of(arn.group(1)) : Optional.empty();
    }
}
