package dev.orderflow.localcloud.lambda;

import dev.orderflow.localcloud.trace.TraceHeader;

/**
 * Lambda's asynchronous invocation (InvocationType Event, EventBridge and S3 targets): accepts an
 * event and answers at once with a request id. The local cloud plugs in Lambda's retry policy,
 * EventInvokeConfig and dead-letter handling here; the built-in one runs each event once.
 */
public interface AsyncInvoker extends AutoCloseable {

    /** Accepts the event for the function; returns the request id Lambda answers with. */
    String invokeAsync(String function, byte[] payload, TraceHeader upstreamTrace);

    @Override
    default void close() {
    }
}
