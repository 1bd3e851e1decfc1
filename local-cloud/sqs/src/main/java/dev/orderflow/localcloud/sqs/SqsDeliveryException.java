package dev.orderflow.localcloud.sqs;

/**
 * A message the local cloud could not put on a queue: the queue does not exist, the message is
 * too large, SQS did not answer. {@link #errorCode()} is SQS's error code, as EventBridge reports
 * it in a dead letter's {@code ERROR_CODE}.
 */
public final class SqsDeliveryException extends RuntimeException {

    private final String errorCode;

    public SqsDeliveryException(String errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
