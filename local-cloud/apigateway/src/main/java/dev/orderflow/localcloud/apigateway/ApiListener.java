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
     * @param integrationError why the integration failed (function error, throttle, timeout), or null
     */
    record ApiRequestRecord(RestApi api, Route route, String requestId, String httpMethod, String url, String clientIp,
            String userAgent, int status, TraceHeader trace, long startedAt, long endedAt, String integrationError) {
    }
}
