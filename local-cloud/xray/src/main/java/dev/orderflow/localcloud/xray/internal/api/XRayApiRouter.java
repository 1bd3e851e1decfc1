package dev.orderflow.localcloud.xray.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.XRayApi;
import dev.orderflow.localcloud.xray.XRayResponse;
import dev.orderflow.localcloud.xray.internal.daemon.IngestPipeline;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.internal.sampling.ReservoirShares;
import dev.orderflow.localcloud.xray.internal.sampling.SamplingRuleSet;
import dev.orderflow.localcloud.xray.internal.segment.SegmentParser;
import dev.orderflow.localcloud.xray.internal.store.TraceStore;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Dispatches a REST-JSON request to its operation and writes the answer or the error as X-Ray does. */
public final class XRayApiRouter implements XRayApi {

    private static final Logger LOG = System.getLogger("dev.orderflow.localcloud.xray");

    private final Map<String, Action> actions;

    public XRayApiRouter(TraceStore store, IngestPipeline pipeline, SegmentParser parser, SamplingRuleSet rules,
                         Clock clock, String region, String accountId) {
        this.actions = Map.of(
                "/TraceSegments", new PutTraceSegmentsAction(parser, pipeline, clock),
                "/TraceSummaries", new GetTraceSummariesAction(store, clock),
                "/Traces", new BatchGetTracesAction(store),
                "/ServiceGraph", new GetServiceGraphAction(store),
                "/TraceGraph", new GetTraceGraphAction(store),
                "/GetSamplingRules", new GetSamplingRulesAction(rules, region, accountId),
                "/SamplingTargets", new GetSamplingTargetsAction(rules, new ReservoirShares(), clock));
    }

    @Override
    public XRayResponse handle(String method, String path, byte[] body) {
        String requestId = UUID.randomUUID().toString();
        String route = path == null ? "" : path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Action action = actions.get(route);
        try {
            if (action == null || !"POST".equalsIgnoreCase(method)) {
                throw new ApiException(404, "UnknownOperationException",
                        "no X-Ray operation at " + method + " " + route + " (operations are POST " + PATHS + ")");
            }
            return ok(requestId, action.handle(readBody(body)));
        } catch (ApiException e) {
            return error(requestId, e.status(), e.type(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "X-Ray API " + route + " failed", e);
            return error(requestId, 500, "InternalFailure", "the local X-Ray failed to answer; see its log");
        }
    }

    private static JsonNode readBody(byte[] body) throws ApiException {
        if (body == null || body.length == 0) {
            return Json.object();
        }
        JsonNode json;
        try {
            json = Json.read(body);
        } catch (IOException e) {
            throw new ApiException(400, "SerializationException", "the request body is not valid JSON");
        }
        if (json == null || json.isMissingNode()) {
            return Json.object();
        }
        if (!json.isObject()) {
            throw new ApiException(400, "SerializationException", "the request body must be a JSON object");
        }
        return json;
    }

    private static XRayResponse ok(String requestId, JsonNode result) {
        return new XRayResponse(200, Map.of("Content-Type", "application/json", "x-amzn-RequestId", requestId),
                Json.bytes(result));
    }

    private static XRayResponse error(String requestId, int status, String type, String message) {
        ObjectNode body = Json.object().put("__type", type).put("Message", message);
        return new XRayResponse(status, Map.of("Content-Type", "application/json", "x-amzn-RequestId", requestId,
                "x-amzn-ErrorType", type), Json.bytes(body));
    }
}
