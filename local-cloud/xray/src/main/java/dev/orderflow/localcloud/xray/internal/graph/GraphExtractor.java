package dev.orderflow.localcloud.xray.internal.graph;

import dev.orderflow.localcloud.xray.internal.graph.TraceGraph.EdgeHit;
import dev.orderflow.localcloud.xray.internal.graph.TraceGraph.LinkRef;
import dev.orderflow.localcloud.xray.internal.graph.TraceGraph.NodeHit;
import dev.orderflow.localcloud.xray.internal.graph.TraceStructure.OwnedCall;
import dev.orderflow.localcloud.xray.internal.segment.Link;
import dev.orderflow.localcloud.xray.internal.segment.ParsedSegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the service-map contribution of one trace: each segment is a visit to its service, called
 * by the service owning its parent (or by {@code client} at the root); each {@code aws}/{@code remote}
 * call no instrumented service stands in for is a visit to an inferred node.
 */
public final class GraphExtractor {

    private GraphExtractor() {
    }

    public static ServiceKey keyOf(ParsedSegment segment) {
        return new ServiceKey(segment.name(), segment.origin());
    }

    public static TraceGraph extract(TraceStructure structure) {
        List<NodeHit> nodes = new ArrayList<>();
        List<EdgeHit> edges = new ArrayList<>();
        List<LinkRef> links = new ArrayList<>();
        for (ParsedSegment segment : structure.segments()) {
            ServiceKey key = keyOf(segment);
            boolean root = structure.isRoot(segment);
            nodes.add(new NodeHit(key, segment.start(), end(segment), segment.duration(), segment.outcome(), root, false));
            // A root that follows from linked traces (SQS) is reached over its links, not from a client.
            ServiceKey caller = root ? (segment.links().isEmpty() ? ServiceKey.CLIENT : null) : callerOf(segment, structure);
            if (caller != null && !caller.equals(key)) {
                edges.add(new EdgeHit(caller, key, segment.start(), end(segment), segment.duration(), segment.outcome()));
            }
            for (Link link : segment.links()) {
                links.add(new LinkRef(key, link.traceId(), link.id(), segment.start(), end(segment),
                        segment.duration(), segment.outcome()));
            }
        }
        for (OwnedCall owned : structure.calls()) {
            addInferred(owned, structure, nodes, edges);
        }
        ParsedSegment root = structure.root();
        return new TraceGraph(nodes, edges, links, root == null ? null : keyOf(root));
    }

    /** The caller's node: the inferred node of the parent call, unless this segment stands in for it. */
    private static ServiceKey callerOf(ParsedSegment segment, TraceStructure structure) {
        OwnedCall parentCall = structure.call(segment.parentId());
        if (parentCall != null && !InferredTypes.replacedBy(parentCall.call(), segment.origin())) {
            return InferredTypes.nodeOf(parentCall.call());
        }
        return keyOf(structure.ownerOf(segment.parentId()));
    }

    private static void addInferred(OwnedCall owned, TraceStructure structure, List<NodeHit> nodes,
                                    List<EdgeHit> edges) {
        var call = owned.call();
        if (structure.calleeInstrumented(call)) {
            return;
        }
        ServiceKey inferred = InferredTypes.nodeOf(call);
        double end = Double.isNaN(call.end()) ? call.start() : call.end();
        nodes.add(new NodeHit(inferred, call.start(), end, call.duration(), call.outcome(), false, true));
        edges.add(new EdgeHit(keyOf(owned.owner()), inferred, call.start(), end, call.duration(), call.outcome()));
    }

    private static double end(ParsedSegment segment) {
        return segment.inProgress() ? segment.start() : segment.end();
    }
}
