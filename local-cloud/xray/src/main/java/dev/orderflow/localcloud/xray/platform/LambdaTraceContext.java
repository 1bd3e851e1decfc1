package dev.orderflow.localcloud.xray.platform;

/**
 * The ids of one traced Lambda invocation, fixed before it runs: the {@code AWS::Lambda} segment, the
 * {@code AWS::Lambda::Function} segment, and the header the function receives (its Parent is the
 * function segment, so the SDK's subsegments attach under it).
 *
 * @param traceId          the trace (the caller's, or a new one for an SQS-triggered invocation)
 * @param parentId         the caller's subsegment (API Gateway's Lambda call, an SDK Invoke or
 *                         PutEvents subsegment); null when Lambda starts the trace
 * @param serviceSegmentId the AWS::Lambda segment
 * @param functionSegmentId the AWS::Lambda::Function segment
 */
public record LambdaTraceContext(String traceId, String parentId, String serviceSegmentId, String functionSegmentId) {

    /** New segment ids for an invocation continuing {@code traceId} under {@code parentId} (may be null). */
    public static LambdaTraceContext start(String traceId, String parentId) {
        return new LambdaTraceContext(traceId, parentId, SegmentIds.newSegmentId(), SegmentIds.newSegmentId());
    }

    /** The {@code Lambda-Runtime-Trace-Id} for the function: {@code Root=..;Parent=<function segment>;Sampled=1}. */
    public String functionTraceHeader() {
        return SegmentIds.traceHeader(traceId, functionSegmentId, true);
    }
}
