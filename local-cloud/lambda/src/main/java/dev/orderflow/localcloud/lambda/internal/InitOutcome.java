package dev.orderflow.localcloud.lambda.internal;

/** The end of an environment's init: ready, or failed with the runtime's error document. */
public record InitOutcome(boolean ready, byte[] errorPayload, String errorType) {

    public static InitOutcome succeeded() {
        return new InitOutcome(true, new byte[0], null);
    }

    public static InitOutcome failed(byte[] errorPayload, String errorType) {
        return new InitOutcome(false, errorPayload, errorType);
    }
}
