package dev.orderflow.localcloud.eventbridge;

import java.util.List;
import java.util.Objects;

/**
 * A rule on a bus: an event pattern or a schedule ({@code rate(...)}), and its targets.
 *
 * @param eventPattern the pattern as JSON text, or null for a scheduled rule
 * @param scheduleExpression {@code rate(1 minute)} and the like, or null for a pattern rule
 */
public record RuleDefinition(String name, String busName, String eventPattern, String scheduleExpression,
        boolean enabled, String description, List<TargetDefinition> targets) {

    public RuleDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(busName, "busName");
        if ((eventPattern == null) == (scheduleExpression == null)) {
            throw new IllegalArgumentException("rule " + name + " needs an EventPattern or a ScheduleExpression (one of them)");
        }
        if (scheduleExpression != null && !busName.equals("default")) {
            throw new IllegalArgumentException("rule " + name + ": a ScheduleExpression is only allowed on the default bus");
        }
        targets = List.copyOf(targets);
        description = description == null ? "" : description;
    }

    public boolean scheduled() {
        return scheduleExpression != null;
    }
}
