package dev.orderflow.localcloud.eventbridge.internal;

import dev.orderflow.localcloud.eventbridge.RuleDefinition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import software.amazon.event.ruler.Machine;

/** An event bus: its rules, and an Event Ruler machine holding the enabled pattern rules. */
public final class Bus {

    private final String name;
    private final String arn;
    private final String ruleArnPrefix;
    private final Map<String, RuleDefinition> rules = new ConcurrentSkipListMap<>();
    private final Machine machine = new Machine();

    public Bus(String name, String region, String accountId) {
        this.name = name;
        this.arn = "arn:aws:events:" + region + ":" + accountId + ":event-bus/" + name;
        this.ruleArnPrefix = "arn:aws:events:" + region + ":" + accountId + ":rule/"
                + (name.equals("default") ? "" : name + "/");
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    public String ruleArn(String ruleName) {
        return ruleArnPrefix + ruleName;
    }

    /** Adds a rule; a pattern Event Ruler cannot read is refused with its reason. */
    public synchronized void put(RuleDefinition rule) {
        if (rules.containsKey(rule.name())) {
            throw new IllegalArgumentException("rule " + rule.name() + " already exists on bus " + name);
        }
        if (rule.eventPattern() != null && rule.enabled()) {
            try {
                machine.addRule(rule.name(), rule.eventPattern());
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("rule " + rule.name() + ": event pattern is not valid: " + e.getMessage(), e);
            }
        }
        rules.put(rule.name(), rule);
    }

    /** The enabled pattern rules the event (JSON text, as delivered) matches. */
    public List<RuleDefinition> matching(String eventJson) {
        if (machine.isEmpty()) {
            return List.of();
        }
        List<RuleDefinition> matched = new ArrayList<>();
        try {
            for (String ruleName : machine.rulesForJSONEvent(eventJson)) {
                Optional.ofNullable(rules.get(ruleName)).ifPresent(matched::add);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Event Ruler could not read event: " + e.getMessage(), e);
        }
        return matched;
    }

    public List<RuleDefinition> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<RuleDefinition> rule(String ruleName) {
        return Optional.ofNullable(rules.get(ruleName));
    }
}
