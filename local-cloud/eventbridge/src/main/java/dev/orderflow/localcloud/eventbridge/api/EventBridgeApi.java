package dev.orderflow.localcloud.eventbridge.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.edge.EdgeRequest;
import dev.orderflow.localcloud.edge.EdgeResponse;
import dev.orderflow.localcloud.edge.EdgeService;
import dev.orderflow.localcloud.edge.Json;
import dev.orderflow.localcloud.edge.ServiceHealth;
import dev.orderflow.localcloud.eventbridge.LocalEventBridge;
import java.io.IOException;

/** EventBridge's AWS JSON 1.1 API on the edge: {@code X-Amz-Target: AWSEvents.<Action>}. */
public final class EventBridgeApi implements EdgeService {

    static final String PREFIX = "AWSEvents.";

    private final LocalEventBridge eventBridge;
    private final PutEventsAction putEvents;
    private final RuleActions rules;
    private final BusActions buses;

    public EventBridgeApi(LocalEventBridge eventBridge) {
        this.eventBridge = eventBridge;
        this.putEvents = new PutEventsAction(eventBridge);
        this.rules = new RuleActions(eventBridge);
        this.buses = new BusActions(eventBridge);
    }

    @Override
    public String name() {
        return "eventbridge";
    }

    @Override
    public boolean handles(EdgeRequest request) {
        return EdgeService.targetStartsWith(request, PREFIX);
    }

    @Override
    public EdgeResponse handle(EdgeRequest request) {
        JsonNode body;
        try {
            body = request.body().length == 0 ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(request.body());
        } catch (IOException e) {
            return EventBridgeErrors.serialization("The request body is not valid JSON");
        }
        if (body == null || !body.isObject()) {
            return EventBridgeErrors.serialization("The request body must be a JSON object");
        }
        try {
            return dispatch(request.target().substring(PREFIX.length()), body, request);
        } catch (RequestFields.BadRequest e) {
            return EventBridgeErrors.serialization(e.getMessage());
        }
    }

    private EdgeResponse dispatch(String action, JsonNode body, EdgeRequest request) {
        return switch (action) {
            case "PutEvents" -> putEvents.handle(body, request);
            case "ListRules" -> rules.listRules(body);
            case "DescribeRule" -> rules.describeRule(body);
            case "ListTargetsByRule" -> rules.listTargets(body);
            case "DescribeEventBus" -> buses.describe(body);
            case "ListEventBuses" -> buses.list(body);
            default -> EdgeResponse.awsError(400, "UnknownOperationException", "The local EventBridge does not "
                    + "implement " + action + "; it serves PutEvents, ListRules, DescribeRule, ListTargetsByRule, "
                    + "DescribeEventBus and ListEventBuses", EventBridgeErrors.CONTENT_TYPE);
        };
    }

    @Override
    public ServiceHealth health() {
        return eventBridge.health();
    }
}
