package dev.orderflow.localcloud.xray.internal.api;

import dev.orderflow.localcloud.xray.internal.graph.GraphExtractor;
import dev.orderflow.localcloud.xray.internal.graph.InferredTypes;
import dev.orderflow.localcloud.xray.internal.graph.ServiceGraphBuilder;
import dev.orderflow.localcloud.xray.internal.graph.ServiceKey;
import dev.orderflow.localcloud.xray.internal.graph.TraceGraph.LinkRef;
import dev.orderflow.localcloud.xray.internal.graph.TraceStructure;
import dev.orderflow.localcloud.xray.internal.graph.TraceStructure.OwnedCall;
import dev.orderflow.localcloud.xray.internal.query.TraceView;
import dev.orderflow.localcloud.xray.internal.segment.ParsedSegment;
import dev.orderflow.localcloud.xray.internal.store.StoredTrace;
import dev.orderflow.localcloud.xray.internal.store.TraceStore;

/** Adds a trace to a service graph, with its links to the traces of the messages it consumed. */
final class GraphQueries {

    private GraphQueries() {
    }

    static void add(ServiceGraphBuilder builder, TraceView view, TraceStore store) {
        builder.add(view.graph());
        for (LinkRef link : view.graph().links()) {
            StoredTrace linked = store.get(link.linkedTraceId());
            if (linked == null) {
                continue;
            }
            TraceStructure sender = TraceView.of(linked).structure();
            OwnedCall call = sender.call(link.linkedId());
            if (call != null) {
                builder.addLink(InferredTypes.nodeOf(call.call()), link, link.consumerStart() - call.call().start());
                continue;
            }
            ParsedSegment owner = sender.ownerOf(link.linkedId());
            if (owner != null) {
                ServiceKey from = GraphExtractor.keyOf(owner);
                builder.addLink(from, link, link.consumerStart() - owner.start());
            }
        }
    }
}
