package dev.orderflow.localcloud.lambda;

import dev.orderflow.localcloud.trace.TraceHeader;
import dev.orderflow.localcloud.trace.TraceIds;

/**
 * Sees every invocation: the seam for the platform's X-Ray segments ({@code AWS::Lambda} and
 * {@code AWS::Lambda::Function}) and for metrics. Called on the invoking thread; must not throw.
 */
public interface InvocationListener {

    /**
     * The trace header the function receives. Lambda continues the caller's trace (or starts a
     * sampled one) with a new Parent: an X-Ray emitter returns its function segment's id here so
     * that the SDK's subsegments hang under it.
     */
    default TraceHeader functionTrace(FunctionConfig function, String requestId, TraceHeader upstream) {
        TraceHeader trace = upstream != null ? upstream : TraceHeader.newTrace(true);
        return trace.withParent(TraceIds.newSegmentId());
    }

    /**
     * The trace header for an invocation, seeing all of it (an SQS batch's {@link Invocation#linkedTraces()}
     * too). By default the header is chosen from the upstream trace alone.
     */
    default TraceHeader functionTrace(FunctionConfig function, String requestId, Invocation invocation) {
        return functionTrace(function, requestId, invocation.upstreamTrace());
    }

    /** After the invocation, with its timings (epoch milliseconds) and outcome. */
    default void invoked(FunctionConfig function, InvocationRecord record) {
    }

    InvocationListener NONE = new InvocationListener() {
    };

    /**
     * Timings of one invocation as Lambda's platform segments need them.
     *
     * @param receivedAt when Lambda accepted the call
     * @param initStartedAt start of the cold start's init phase, or 0 for a warm start
     * @param initEndedAt end of the init phase, or 0
     * @param invokeStartedAt when the event was handed to the runtime
     * @param invokeEndedAt when the response (or error) came back
     */
    record InvocationRecord(InvocationResult result, TraceHeader functionTrace, long receivedAt, long initStartedAt,
            long initEndedAt, long invokeStartedAt, long invokeEndedAt) {
    }
}
