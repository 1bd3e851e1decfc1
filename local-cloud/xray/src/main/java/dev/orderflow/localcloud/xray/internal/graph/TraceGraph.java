package dev.orderflow.localcloud.xray.internal.graph;

import dev.orderflow.localcloud.xray.internal.segment.Outcome;
import java.util.List;

/** What one trace contributes to a service map: node visits, edges between them, links to other traces. */
public record TraceGraph(List<NodeHit> nodes, List<EdgeHit> edges, List<LinkRef> links, ServiceKey entryPoint) {

    /** One segment (or, for an inferred node, one call) of a service. */
    public record NodeHit(ServiceKey key, double start, double end, double responseTime, Outcome outcome,
                          boolean root, boolean inferred) {
    }

    /** One call from a service to another, with the callee's view of it. */
    public record EdgeHit(ServiceKey from, ServiceKey to, double start, double end, double responseTime,
                          Outcome outcome) {
    }

    /** A segment that follows from a subsegment of another trace (an SQS message's sender). */
    public record LinkRef(ServiceKey consumer, String linkedTraceId, String linkedId, double consumerStart,
                          double consumerEnd, double responseTime, Outcome outcome) {
    }
}
