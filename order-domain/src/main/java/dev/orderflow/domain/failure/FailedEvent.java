package dev.orderflow.domain.failure;

import java.time.Instant;

/**
 * A message from the dead-letter queue, as recorded: where it came from, why it failed, the order it
 * concerns when that can be told, and the message body as received.
 */
public record FailedEvent(
        String failureId,
        FailureOrigin origin,
        String sourceArn,
        String errorCode,
        String errorMessage,
        String orderId,
        String detailType,
        String body,
        int receiveCount,
        Instant receivedAt) {
}
