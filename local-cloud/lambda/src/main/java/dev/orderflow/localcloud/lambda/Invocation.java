package dev.orderflow.localcloud.lambda;

import dev.orderflow.localcloud.trace.TraceHeader;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One call of a function.
 *
 * @param payload the event, JSON bytes
 * @param upstreamTrace the caller's trace context (API Gateway's, an SDK call's), or null for a new trace
 * @param clientContext base64 client context (Invoke's X-Amz-Client-Context), or null
 * @param whenBusy what to do when the function's concurrency is used up
 * @param linkedTraces the senders' trace headers of an SQS batch (each message's {@code AWSTraceHeader}):
 *                     Lambda then starts a new trace linked to them instead of continuing one; empty otherwise
 */
public record Invocation(byte[] payload, TraceHeader upstreamTrace, String clientContext, WhenBusy whenBusy,
        List<TraceHeader> linkedTraces) {

    public Invocation {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(whenBusy, "whenBusy");
        linkedTraces = linkedTraces == null ? List.of() : List.copyOf(linkedTraces);
    }

    public Invocation(byte[] payload, TraceHeader upstreamTrace, String clientContext, WhenBusy whenBusy) {
        this(payload, upstreamTrace, clientContext, whenBusy, List.of());
    }

    public static Invocation of(byte[] payload, TraceHeader upstreamTrace) {
        return new Invocation(payload, upstreamTrace, null, WhenBusy.THROTTLE_IF_RESERVED);
    }

    /**
     * An SQS event source mapping's batch: a new trace, linked to the senders' traces as on AWS
     * ({@code senders} holds each message's {@code AWSTraceHeader}, missing ones left out).
     */
    public static Invocation fromQueue(byte[] payload, List<TraceHeader> senders) {
        return new Invocation(payload, null, null, WhenBusy.WAIT, senders);
    }

    public Optional<TraceHeader> trace() {
        return Optional.ofNullable(upstreamTrace);
    }

    /**
     * Synchronous callers are throttled (429) when the function's reserved concurrency is in use,
     * as Lambda does; below the local default limit (which stands in for the account's 1,000) they
     * wait for an environment. Asynchronous invocations always wait: Lambda keeps throttled events.
     */
    public enum WhenBusy {
        THROTTLE_IF_RESERVED,
        WAIT
    }
}
