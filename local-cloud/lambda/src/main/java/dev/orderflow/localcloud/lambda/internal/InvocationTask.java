package dev.orderflow.localcloud.lambda.internal;

/** What the Runtime API hands the runtime for one invocation. */
public record InvocationTask(String requestId, byte[] payload, String traceHeader, long deadlineEpochMillis,
        String invokedFunctionArn, String clientContext) {
}
