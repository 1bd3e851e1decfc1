package dev.orderflow.localcloud.apigateway;

import dev.orderflow.localcloud.trace.TraceHeader;
import dev.orderflow.localcloud.trace.TraceIds;

/**
 * Sees every API request: the seam for the stage's X-Ray segment ({@code <api>/<stage>}) and for
 * access logs. Called on the request's thread; must not throw.
 */
public interface ApiListener {

    /**
     * The trace header handed to the integration. API Gateway continues the incoming trace under
     * its stage segment: an X-Ray emitter returns its segment's id as the Parent here.
     */
    default TraceHeader integrationTrace(RestApi api, TraceHeader incoming) {
        return incoming.withParent(TraceIds.newSegmentId());
    }

    /** After the response was decided. */
    default void completed(ApiRequestRecord record) {
    }

    ApiListener NONE = new ApiListener() {
    };

    /**
     * One request as the stage segment records it.
     *
     * @param route the matched route, or null when none matched
     * @param responseLength the response body's length in bytes
     * @param integrationError why the integration failed (function error, throttle, timeout), or null
     * @param lambdaCall the Lambda integration's call, or null when the request never reached it
     */
    record ApiRequestRecord(RestApi api, Route route, String requestId, String httpMethod, String url, String clientIp,
            String userAgent, int status, long responseLength, TraceHeader trace, long startedAt, long endedAt,
            String integrationError, LambdaCall lambdaCall) {
    }

    /**
     * The integration's Invoke call (epoch milliseconds), as the stage segment's {@code Lambda}
     * subsegment records it.
     *
     * @param function the function's name or ARN, as the route names it
     * @param status Lambda's HTTP status (200, also for a function error; 429 throttled), or 0 when no
     *               answer came in time (integration timeout) or the call failed
     */
    record LambdaCall(String function, long startedAt, long endedAt, int status, long responseLength) {
    }
}
