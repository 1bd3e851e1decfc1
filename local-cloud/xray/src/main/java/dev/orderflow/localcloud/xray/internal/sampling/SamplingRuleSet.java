package dev.orderflow.localcloud.xray.internal.sampling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The rules in force (configured ones by priority, then the default rule) and the local decision
 * they make: a matching rule's reservoir first, then its fixed rate, as the X-Ray SDKs decide.
 */
public final class SamplingRuleSet {

    private final List<SamplingRule> ordered;
    private final Map<String, Reservoir> reservoirs = new LinkedHashMap<>();
    private final Instant loadedAt;
    private final DoubleSupplier random;

    public SamplingRuleSet(List<SamplingRule> configured, Instant loadedAt) {
        this(configured, loadedAt, () -> ThreadLocalRandom.current().nextDouble());
    }

    SamplingRuleSet(List<SamplingRule> configured, Instant loadedAt, DoubleSupplier random) {
        Map<String, SamplingRule> byName = new LinkedHashMap<>();
        byName.put(SamplingRule.DEFAULT_NAME, SamplingRule.defaultRule());
        for (SamplingRule rule : configured) {
            if (byName.containsKey(rule.ruleName()) && !SamplingRule.DEFAULT_NAME.equals(rule.ruleName())) {
                throw new IllegalArgumentException("sampling rule " + rule.ruleName() + " is defined twice");
            }
            byName.put(rule.ruleName(), rule);
        }
        List<SamplingRule> sorted = new ArrayList<>(byName.values());
        // The Default rule always comes last, whatever priority it is given.
        sorted.sort(Comparator.comparing((SamplingRule r) -> SamplingRule.DEFAULT_NAME.equals(r.ruleName()))
                .thenComparingInt(SamplingRule::priority)
                .thenComparing(SamplingRule::ruleName));
        this.ordered = List.copyOf(sorted);
        sorted.forEach(rule -> reservoirs.put(rule.ruleName(), new Reservoir(rule.reservoirSize())));
        this.loadedAt = loadedAt;
        this.random = random;
    }

    public List<SamplingRule> rules() {
        return ordered;
    }

    public Optional<SamplingRule> byName(String name) {
        return ordered.stream().filter(rule -> rule.ruleName().equals(name)).findFirst();
    }

    /** When the rules were loaded: CreatedAt, ModifiedAt and LastRuleModification. */
    public Instant loadedAt() {
        return loadedAt;
    }

    /** The first rule by priority that matches; the default rule matches everything. */
    public SamplingRule match(SamplingRule.SamplingTarget target) {
        for (SamplingRule rule : ordered) {
            if (rule.matches(target)) {
                return rule;
            }
        }
        return ordered.get(ordered.size() - 1);
    }

    /** The local decision for one request: the name of the rule that decided, and whether it samples. */
    public Decision decide(SamplingRule.SamplingTarget target, long epochSecond) {
        SamplingRule rule = match(target);
        boolean sampled = reservoirs.get(rule.ruleName()).take(epochSecond) || random.getAsDouble() < rule.fixedRate();
        return new Decision(sampled, rule.ruleName());
    }

    public record Decision(boolean sampled, String ruleName) {
    }
}
