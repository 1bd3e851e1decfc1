package dev.orderflow.localcloud.eventbridge;

import dev.orderflow.localcloud.trace.TraceHeader;
import java.util.Map;

/** Puts an event EventBridge could not deliver on the target's dead-letter queue (an SQS queue). */
@FunctionalInterface
public interface DeadLetterSender {

    /**
     * @param attributes string message attributes: RULE_ARN, TARGET_ARN, ERROR_CODE, ERROR_MESSAGE
     * @throws RuntimeException when the queue did not take the message
     */
    void send(String queueArn, String body, Map<String, String> attributes, TraceHeader trace);
}
