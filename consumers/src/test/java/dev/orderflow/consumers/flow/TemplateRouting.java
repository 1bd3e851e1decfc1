package dev.orderflow.consumers.flow;

import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.testing.SamTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which functions receive an event, read from the EventBridgeRule patterns of template.yaml, so that
 * the flow tests route events exactly as the deployed rules do (for the source and detail-type
 * matching these patterns use).
 */
final class TemplateRouting {

    private final Map<String, List<Map<String, Object>>> patternsByFunction = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    TemplateRouting(SamTemplate template) {
        template.resourcesOfType("AWS::Serverless::Function").forEach((id, fn) -> {
            Map<String, Map<String, Object>> events =
                    (Map<String, Map<String, Object>>) SamTemplate.properties(fn).getOrDefault("Events", Map.of());
            events.values().stream()
                    .filter(e -> "EventBridgeRule".equals(e.get("Type")))
                    .map(e -> (Map<String, Object>) ((Map<String, Object>) e.get("Properties")).get("Pattern"))
                    .forEach(p -> patternsByFunction.computeIfAbsent(id, k -> new ArrayList<>()).add(p));
        });
    }

    List<String> targetsOf(DomainEvent event) {
        List<String> targets = new ArrayList<>();
        patternsByFunction.forEach((function, patterns) -> {
            if (patterns.stream().anyMatch(p -> matches(p, event))) {
                targets.add(function);
            }
        });
        return targets;
    }

    @SuppressWarnings("unchecked")
    private static boolean matches(Map<String, Object> pattern, DomainEvent event) {
        List<String> sources = (List<String>) pattern.get("source");
        List<String> types = (List<String>) pattern.get("detail-type");
        if (pattern.keySet().stream().anyMatch(k -> !k.equals("source") && !k.equals("detail-type"))) {
            throw new IllegalStateException("Pattern uses more than source and detail-type; extend this router: " + pattern);
        }
        return (sources == null || sources.contains(event.type().source()))
                && (types == null || types.contains(event.type().detailType()));
    }
}
