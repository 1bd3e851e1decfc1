package dev.orderflow.localcloud.xray.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.graph.ServiceGraphBuilder;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.internal.query.TraceView;
import dev.orderflow.localcloud.xray.internal.store.StoredTrace;
import dev.orderflow.localcloud.xray.internal.store.TraceStore;

/** GetServiceGraph: the service map of every trace active within the time range (Default group only). */
final class GetServiceGraphAction implements Action {

    private final TraceStore store;

    GetServiceGraphAction(TraceStore store) {
        this.store = store;
    }

    @Override
    public JsonNode handle(JsonNode request) throws ApiException {
        double start = Requests.timestamp(request, "StartTime");
        double end = Requests.timestamp(request, "EndTime");
        Requests.timeRange(start, end);
        checkGroup(request);
        Requests.noNextToken(request);
        ServiceGraphBuilder builder = new ServiceGraphBuilder();
        for (StoredTrace trace : store.traces()) {
            TraceView view = TraceView.of(trace);
            if (view.start() <= end && view.end() >= start) {
                GraphQueries.add(builder, view, store);
            }
        }
        ObjectNode result = Json.object();
        result.put("StartTime", Json.seconds(start));
        result.put("EndTime", Json.seconds(end));
        result.set("Services", builder.toServices());
        result.put("ContainsOldGroupVersions", false);
        return result;
    }

    private static void checkGroup(JsonNode request) throws ApiException {
        String name = Requests.optionalText(request, "GroupName");
        String arn = Requests.optionalText(request, "GroupARN");
        if ((name != null && !name.equals("Default")) || (arn != null && !arn.endsWith("/Default"))) {
            throw ApiException.invalid("groups are not supported by the local X-Ray: only the Default group exists");
        }
    }
}
