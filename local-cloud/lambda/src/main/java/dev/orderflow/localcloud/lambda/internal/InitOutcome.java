package dev.orderflow.localcloud.lambda.internal;

import java.time.Duration;

/** The end of an environment's init: ready, or failed with the runtime's error document. */
public record InitOutcome(boolean ready, byte[] errorPayload, String errorType) {

    public static InitOutcome succeeded() {
        return new InitOutcome(true, new byte[0], null);
    }

    public static InitOutcome failed(byte[] errorPayload, String errorType) {
        return new InitOutcome(false, errorPayload, errorType);
    }

    /** Init ran past Lambda's init limit. */
    public static InitOutcome timedOut(Duration limit) {
        return failed(ErrorDocuments.document("Sandbox.Timedout",
                "Init did not finish within " + limit.toSeconds() + " seconds"), "Sandbox.Timedout");
    }

    /** The local cloud was interrupted (shutting down) while waiting for init. */
    public static InitOutcome interrupted() {
        return failed(ErrorDocuments.document("Runtime.Interrupted", "interrupted"), "Runtime.Interrupted");
    }
}
