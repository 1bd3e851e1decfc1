package dev.orderflow.localcloud.asyncinvocation.internal;

import java.util.Objects;

/**
 * An accepted asynchronous event: its request id (what Invoke answered), function, payload, the
 * caller's trace header, when Lambda received it, the attempts made and when the next is due.
 *
 * @param lastErrorType the error of the last failed attempt, or null
 * @param lastError the error document of the last failed attempt, or null
 */
public record PendingInvocation(String requestId, String function, byte[] payload, String traceHeader, long receivedAt,
        int attempts, long nextAttemptAt, String lastErrorType, byte[] lastError) {

    public PendingInvocation {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(payload, "payload");
    }

    public PendingInvocation failedAttempt(String errorType, byte[] error, long nextAttempt) {
        return new PendingInvocation(requestId, function, payload, traceHeader, receivedAt, attempts + 1, nextAttempt,
                errorType, error);
    }
}
