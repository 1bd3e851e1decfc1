package dev.orderflow.localcloud.messaging.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.eventbridge.RetryPolicy;
import dev.orderflow.localcloud.eventbridge.RuleDefinition;
import dev.orderflow.localcloud.eventbridge.TargetDefinition;
import dev.orderflow.localcloud.template.EventSourceDefinition;
import dev.orderflow.localcloud.template.FunctionDefinition;
import dev.orderflow.localcloud.template.ResourceDefinition;
import dev.orderflow.localcloud.template.SamTemplate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The template's rules: SAM's {@code EventBridgeRule} and {@code Schedule} events (a rule named as
 * CloudFormation would, {@code <stack>-<Function><Event>}, targeting the function) and
 * {@code AWS::Events::Rule} resources.
 */
public final class TemplateRules {

    private TemplateRules() {
    }

    public static List<String> buses(SamTemplate template) {
        return template.resourcesOfType("AWS::Events::EventBus").stream().map(ResourceDefinition::physicalName).toList();
    }

    public static List<RuleDefinition> rules(SamTemplate template, Consumer<String> warnings) {
        List<RuleDefinition> rules = new ArrayList<>();
        String stack = template.settings().stackName();
        for (FunctionDefinition function : template.functions()) {
            for (EventSourceDefinition event : function.events()) {
                String where = function.logicalId() + ".Events." + event.name();
                if (!event.type().equals("EventBridgeRule") && !event.type().equals("Schedule")) {
                    continue;
                }
                JsonNode p = event.properties();
                warnUnsupported(p, where, warnings);
                String name = text(p, event.type().equals("Schedule") ? "Name" : "RuleName",
                        truncate(stack + "-" + function.logicalId() + event.name()));
                TargetDefinition target = new TargetDefinition(p.path("Target").path("Id").asText(
                        function.logicalId() + event.name() + "LambdaTarget"), function.arn(), inputOf(p), text(p, "InputPath", null),
                        retryPolicy(p.path("RetryPolicy")), p.path("DeadLetterConfig").path("Arn").asText(null));
                boolean enabled = !"DISABLED".equals(p.path("State").asText("ENABLED")) && p.path("Enabled").asBoolean(true);
                rules.add(event.type().equals("Schedule")
                        ? new RuleDefinition(name, "default", null, p.path("Schedule").asText(), enabled, text(p, "Description", null), List.of(target))
                        : new RuleDefinition(name, busName(p.path("EventBusName").asText("default")), p.path("Pattern").toString(),
                                null, enabled, null, List.of(target)));
            }
        }
        for (ResourceDefinition resource : template.resourcesOfType("AWS::Events::Rule")) {
            rules.add(resourceRule(resource, warnings));
        }
        return rules;
    }

    private static RuleDefinition resourceRule(ResourceDefinition resource, Consumer<String> warnings) {
        JsonNode p = resource.properties();
        List<TargetDefinition> targets = new ArrayList<>();
        for (JsonNode target : p.path("Targets")) {
            warnUnsupported(target, resource.logicalId() + ".Targets." + target.path("Id").asText(), warnings);
            targets.add(new TargetDefinition(target.path("Id").asText(), target.path("Arn").asText(), inputOf(target),
                    text(target, "InputPath", null), retryPolicy(target.path("RetryPolicy")),
                    target.path("DeadLetterConfig").path("Arn").asText(null)));
        }
        JsonNode pattern = p.path("EventPattern");
        return new RuleDefinition(resource.physicalName(), busName(p.path("EventBusName").asText("default")),
                pattern.isMissingNode() ? null : pattern.isTextual() ? pattern.asText() : pattern.toString(),
                text(p, "ScheduleExpression", null), !"DISABLED".equals(p.path("State").asText("ENABLED")),
                text(p, "Description", null), targets);
    }

    private static RetryPolicy retryPolicy(JsonNode policy) {
        if (policy.isMissingNode()) {
            return RetryPolicy.DEFAULT;
        }
        return new RetryPolicy(policy.path("MaximumRetryAttempts").asInt(RetryPolicy.DEFAULT.maximumRetryAttempts()),
                Duration.ofSeconds(policy.path("MaximumEventAgeInSeconds").asLong(RetryPolicy.DEFAULT.maximumEventAge().toSeconds())));
    }

    private static String inputOf(JsonNode properties) {
        JsonNode input = properties.path("Input");
        return input.isMissingNode() || input.isNull() ? null : input.isTextual() ? input.asText() : input.toString();
    }

    private static void warnUnsupported(JsonNode properties, String where, Consumer<String> warnings) {
        if (properties.has("InputTransformer")) {
            warnings.accept(where + ".InputTransformer is not emulated: the target gets the whole event");
        }
        if (properties.path("DeadLetterConfig").has("Type") && !properties.path("DeadLetterConfig").has("Arn")) {
            warnings.accept(where + ".DeadLetterConfig.Type (a queue SAM would create) is not emulated: give an Arn");
        }
    }

    private static String busName(String nameOrArn) {
        int at = nameOrArn.indexOf(":event-bus/");
        return at < 0 ? nameOrArn : nameOrArn.substring(at + ":event-bus/".length());
    }

    private static String text(JsonNode properties, String field, String fallback) {
        JsonNode value = properties.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : fallback;
    }

    /** Rule names are at most 64 characters. */
    private static String truncate(String name) {
        return name.length() <= 64 ? name : name.substring(0, 64);
    }
}
