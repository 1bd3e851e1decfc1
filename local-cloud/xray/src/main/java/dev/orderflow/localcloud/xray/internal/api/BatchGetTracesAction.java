package dev.orderflow.localcloud.xray.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.internal.query.TraceAssembler;
import dev.orderflow.localcloud.xray.internal.query.TraceAssembler.AssembledSegment;
import dev.orderflow.localcloud.xray.internal.query.TraceView;
import dev.orderflow.localcloud.xray.internal.store.StoredTrace;
import dev.orderflow.localcloud.xray.internal.store.TraceStore;

/** BatchGetTraces: each known trace with its assembled documents; unknown ids in UnprocessedTraceIds. */
final class BatchGetTracesAction implements Action {

    static final int MAX_TRACE_IDS = 100;

    private final TraceStore store;

    BatchGetTracesAction(TraceStore store) {
        this.store = store;
    }

    @Override
    public JsonNode handle(JsonNode request) throws ApiException {
        Requests.noNextToken(request);
        ObjectNode result = Json.object();
        ArrayNode traces = result.putArray("Traces");
        ArrayNode unprocessed = result.putArray("UnprocessedTraceIds");
        for (String id : Requests.stringList(request, "TraceIds", MAX_TRACE_IDS)) {
            StoredTrace trace = store.get(id);
            if (trace == null) {
                unprocessed.add(id);
            } else {
                traces.add(trace(TraceView.of(trace)));
            }
        }
        return result;
    }

    private static ObjectNode trace(TraceView view) {
        ObjectNode json = Json.object();
        json.put("Id", view.id());
        json.put("Duration", Json.seconds(view.duration()));
        json.put("LimitExceeded", view.trace().limitExceeded());
        ArrayNode segments = json.putArray("Segments");
        for (AssembledSegment segment : TraceAssembler.assemble(view)) {
            segments.addObject().put("Id", segment.id()).put("Document", segment.document());
        }
        return json;
    }
}
