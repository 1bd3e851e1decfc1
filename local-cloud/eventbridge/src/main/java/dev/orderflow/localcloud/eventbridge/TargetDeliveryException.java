package dev.orderflow.localcloud.eventbridge;

/** A target refused an event; the code and message end up in the dead letter's ERROR_CODE and ERROR_MESSAGE. */
public final class TargetDeliveryException extends RuntimeException {

    private final String errorCode;

    public TargetDeliveryException(String errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
