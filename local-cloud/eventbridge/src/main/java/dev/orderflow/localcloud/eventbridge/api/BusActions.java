package dev.orderflow.localcloud.eventbridge.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.edge.EdgeResponse;
import dev.orderflow.localcloud.edge.Json;
import dev.orderflow.localcloud.eventbridge.LocalEventBridge;
import dev.orderflow.localcloud.eventbridge.internal.Bus;
import java.util.Optional;

/** {@code DescribeEventBus} and {@code ListEventBuses}. */
final class BusActions {

    private final LocalEventBridge eventBridge;

    BusActions(LocalEventBridge eventBridge) {
        this.eventBridge = eventBridge;
    }

    EdgeResponse describe(JsonNode body) {
        String name = Optional.ofNullable(RequestFields.text(body, "Name", "")).orElse("default");
        return eventBridge.bus(name).map(bus -> EventBridgeErrors.ok(bus(bus).toString()))
                .orElseGet(() -> EventBridgeErrors.notFound("Event bus " + name + " does not exist."));
    }

    EdgeResponse list(JsonNode body) {
        String prefix = Optional.ofNullable(RequestFields.text(body, "NamePrefix", "")).orElse("");
        ObjectNode response = Json.MAPPER.createObjectNode();
        ArrayNode buses = response.putArray("EventBuses");
        eventBridge.buses().stream().filter(bus -> bus.name().startsWith(prefix)).forEach(bus -> buses.add(bus(bus)));
        return EventBridgeErrors.ok(response.toString());
    }

    private static ObjectNode bus(Bus bus) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("Name", bus.name());
        node.put("Arn", bus.arn());
        return node;
    }
}
