package dev.orderflow.localcloud.xray;

import java.util.Set;

/**
 * The X-Ray API (REST-JSON) at protocol level, so an edge can dispatch to it in process:
 * PutTraceSegments, GetTraceSummaries, BatchGetTraces, GetServiceGraph, GetTraceGraph,
 * GetSamplingRules and GetSamplingTargets. Every call answers; client mistakes are 400s with an
 * {@code x-amzn-ErrorType} and a message naming the field.
 */
public interface XRayApi {

    /** The request paths of the operations served (all POST). */
    Set<String> PATHS = Set.of("/TraceSegments", "/TraceSummaries", "/Traces", "/ServiceGraph", "/TraceGraph",
            "/GetSamplingRules", "/SamplingTargets");

    /**
     * @param method the HTTP method
     * @param path   the request path (a query string is ignored)
     * @param body   the request body; empty or null reads as {@code {}}
     */
    XRayResponse handle(String method, String path, byte[] body);

    /** Whether a request path names an X-Ray operation (for an edge that routes by path). */
    static boolean isXRayPath(String path) {
        if (path == null) {
            return false;
        }
        int query = path.indexOf('?');
        return PATHS.contains(query < 0 ? path : path.substring(0, query));
    }
}
