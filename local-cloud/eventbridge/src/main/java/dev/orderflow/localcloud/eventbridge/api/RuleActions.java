package dev.orderflow.localcloud.eventbridge.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.edge.EdgeResponse;
import dev.orderflow.localcloud.edge.Json;
import dev.orderflow.localcloud.eventbridge.LocalEventBridge;
import dev.orderflow.localcloud.eventbridge.RuleDefinition;
import dev.orderflow.localcloud.eventbridge.TargetDefinition;
import dev.orderflow.localcloud.eventbridge.internal.Bus;
import java.util.Optional;

/** {@code ListRules}, {@code DescribeRule} and {@code ListTargetsByRule} (one page each). */
final class RuleActions {

    private final LocalEventBridge eventBridge;

    RuleActions(LocalEventBridge eventBridge) {
        this.eventBridge = eventBridge;
    }

    EdgeResponse listRules(JsonNode body) {
        Optional<Bus> bus = bus(body);
        if (bus.isEmpty()) {
            return busNotFound(body);
        }
        String prefix = Optional.ofNullable(RequestFields.text(body, "NamePrefix", "")).orElse("");
        ObjectNode response = Json.MAPPER.createObjectNode();
        ArrayNode rules = response.putArray("Rules");
        bus.get().rules().stream().filter(rule -> rule.name().startsWith(prefix))
                .forEach(rule -> rules.add(describe(bus.get(), rule)));
        return EventBridgeErrors.ok(response.toString());
    }

    EdgeResponse describeRule(JsonNode body) {
        Optional<Bus> bus = bus(body);
        if (bus.isEmpty()) {
            return busNotFound(body);
        }
        String name = RequestFields.text(body, "Name", "");
        return bus.get().rule(name == null ? "" : name).map(rule -> EventBridgeErrors.ok(describe(bus.get(), rule).toString()))
                .orElseGet(() -> EventBridgeErrors.notFound("Rule " + name + " does not exist on EventBus " + bus.get().name() + "."));
    }

    EdgeResponse listTargets(JsonNode body) {
        Optional<Bus> bus = bus(body);
        if (bus.isEmpty()) {
            return busNotFound(body);
        }
        String name = RequestFields.text(body, "Rule", "");
        Optional<RuleDefinition> rule = bus.get().rule(name == null ? "" : name);
        if (rule.isEmpty()) {
            return EventBridgeErrors.notFound("Rule " + name + " does not exist on EventBus " + bus.get().name() + ".");
        }
        ObjectNode response = Json.MAPPER.createObjectNode();
        ArrayNode targets = response.putArray("Targets");
        rule.get().targets().forEach(target -> targets.add(target(target)));
        return EventBridgeErrors.ok(response.toString());
    }

    private Optional<Bus> bus(JsonNode body) {
        String name = RequestFields.text(body, "EventBusName", "");
        return eventBridge.bus(name == null ? "default" : name);
    }

    private static EdgeResponse busNotFound(JsonNode body) {
        return EventBridgeErrors.notFound("Event bus " + body.path("EventBusName").asText() + " does not exist.");
    }

    private static ObjectNode describe(Bus bus, RuleDefinition rule) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("Name", rule.name());
        node.put("Arn", bus.ruleArn(rule.name()));
        if (rule.eventPattern() != null) {
            node.put("EventPattern", rule.eventPattern());
        }
        if (rule.scheduleExpression() != null) {
            node.put("ScheduleExpression", rule.scheduleExpression());
        }
        node.put("State", rule.enabled() ? "ENABLED" : "DISABLED");
        if (!rule.description().isEmpty()) {
            node.put("Description", rule.description());
        }
        node.put("EventBusName", bus.name());
        return node;
    }

    private static ObjectNode target(TargetDefinition target) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("Id", target.id());
        node.put("Arn", target.arn());
        if (target.input() != null) {
            node.put("Input", target.input());
        }
        if (target.inputPath() != null) {
            node.put("InputPath", target.inputPath());
        }
        ObjectNode retry = node.putObject("RetryPolicy");
        retry.put("MaximumRetryAttempts", target.retryPolicy().maximumRetryAttempts());
        retry.put("MaximumEventAgeInSeconds", target.retryPolicy().maximumEventAge().toSeconds());
        target.deadLetterQueue().ifPresent(arn -> node.putObject("DeadLetterConfig").put("Arn", arn));
        return node;
    }
}
