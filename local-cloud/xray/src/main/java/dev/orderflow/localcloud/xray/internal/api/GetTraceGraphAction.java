package dev.orderflow.localcloud.xray.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.graph.ServiceGraphBuilder;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.internal.query.TraceView;
import dev.orderflow.localcloud.xray.internal.store.StoredTrace;
import dev.orderflow.localcloud.xray.internal.store.TraceStore;

/** GetTraceGraph: the service map of the given traces (unknown ids are skipped). */
final class GetTraceGraphAction implements Action {

    private final TraceStore store;

    GetTraceGraphAction(TraceStore store) {
        this.store = store;
    }

    @Override
    public JsonNode handle(JsonNode request) throws ApiException {
        Requests.noNextToken(request);
        ServiceGraphBuilder builder = new ServiceGraphBuilder();
        for (String id : Requests.stringList(request, "TraceIds", BatchGetTracesAction.MAX_TRACE_IDS)) {
            StoredTrace trace = store.get(id);
            if (trace != null) {
                GraphQueries.add(builder, TraceView.of(trace), store);
            }
        }
        ObjectNode result = Json.object();
        result.set("Services", builder.toServices());
        return result;
    }
}
