package dev.orderflow.template;

import dev.orderflow.testing.SamTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deployment rules the template must keep, each returning what breaks it (empty: kept). Kept
 * apart from the test so that the test can also show each rule catching a broken template.
 */
final class TemplateRules {

    private static final String FUNCTION = "AWS::Serverless::Function";
    private static final Set<String> ASYNC_EVENT_TYPES = Set.of("EventBridgeRule", "Schedule", "CloudWatchEvent", "SNS", "S3");

    private TemplateRules() {
    }

    /** Every function is traced: Tracing: Active on it or in Globals, and not turned off on it. */
    static List<String> untracedFunctions(SamTemplate template) {
        Object global = template.globalsOf("Function").get("Tracing");
        List<String> untraced = new ArrayList<>();
        template.resourcesOfType(FUNCTION).forEach((id, fn) -> {
            Object own = SamTemplate.properties(fn).get("Tracing");
            if (!"Active".equals(own != null ? own : global)) {
                untraced.add(id);
            }
        });
        Map<String, Object> apiGlobals = template.globalsOf("Api");
        template.resourcesOfType("AWS::Serverless::Api").forEach((id, api) -> {
            Object tracing = SamTemplate.properties(api).getOrDefault("TracingEnabled", apiGlobals.get("TracingEnabled"));
            if (!Boolean.TRUE.equals(tracing)) {
                untraced.add(id);
            }
        });
        return untraced;
    }

    /**
     * Every function runs with the X-Ray layer and its exec wrapper: from Globals, and not dropped by
     * a function's own Layers or Environment.
     */
    @SuppressWarnings("unchecked")
    static List<String> functionsWithoutTracingLayer(SamTemplate template) {
        Map<String, Object> globals = template.globalsOf("Function");
        List<String> missing = new ArrayList<>();
        template.resourcesOfType(FUNCTION).forEach((id, fn) -> {
            Map<String, Object> props = SamTemplate.properties(fn);
            List<?> layers = list(props.getOrDefault("Layers", globals.get("Layers")));
            boolean hasLayer = layers.contains(Map.of("Ref", "XRayLayer"));
            Object wrapper = variables(props).getOrDefault("AWS_LAMBDA_EXEC_WRAPPER", variables(globals).get("AWS_LAMBDA_EXEC_WRAPPER"));
            if (!hasLayer || !"/opt/xray-wrapper".equals(wrapper)) {
                missing.add(id);
            }
        });
        return missing;
    }

    private static Map<String, Object> variables(Map<String, Object> functionProperties) {
        return map(map(functionProperties.get("Environment")).get("Variables"));
    }

    /** Every rule target has a retry policy and a dead-letter queue. */
    static List<String> ruleTargetsWithoutRetryOrDlq(SamTemplate template) {
        List<String> missing = new ArrayList<>();
        template.resourcesOfType(FUNCTION).forEach((id, fn) -> events(fn).forEach((name, event) -> {
            if (Set.of("EventBridgeRule", "Schedule").contains(event.get("Type"))) {
                Map<String, Object> props = map(event.get("Properties"));
                if (!props.containsKey("RetryPolicy") || !props.containsKey("DeadLetterConfig")) {
                    missing.add(id + "." + name);
                }
            }
        }));
        template.resourcesOfType("AWS::Events::Rule").forEach((id, rule) -> {
            for (Object target : list(SamTemplate.properties(rule).get("Targets"))) {
                Map<String, Object> t = map(target);
                if (!t.containsKey("RetryPolicy") || !t.containsKey("DeadLetterConfig")) {
                    missing.add(id + "." + t.get("Id"));
                }
            }
        });
        return missing;
    }

    /** Every function invoked asynchronously has retries and an on-failure destination. */
    static List<String> asyncConsumersWithoutOnFailure(SamTemplate template) {
        List<String> missing = new ArrayList<>();
        template.resourcesOfType(FUNCTION).forEach((id, fn) -> {
            boolean async = events(fn).values().stream().anyMatch(e -> ASYNC_EVENT_TYPES.contains(e.get("Type")));
            if (!async) {
                return;
            }
            Map<String, Object> config = map(SamTemplate.properties(fn).get("EventInvokeConfig"));
            Object onFailure = map(config.get("DestinationConfig")).get("OnFailure");
            if (!config.containsKey("MaximumRetryAttempts") || onFailure == null) {
                missing.add(id);
            }
        });
        return missing;
    }

    /** No IAM statement anywhere grants a wildcard action or resource. */
    static List<String> wildcardStatements(SamTemplate template) {
        List<String> found = new ArrayList<>();
        template.resources().forEach((id, resource) -> collectStatements(resource, id, found));
        return found;
    }

    private static void collectStatements(Object node, String path, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("Statement".equals(key)) {
                    for (Object statement : list(value)) {
                        checkStatement(map(statement), path, found);
                    }
                } else {
                    collectStatements(value, path + "." + key, found);
                }
            });
        } else if (node instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                collectStatements(items.get(i), path + "[" + i + "]", found);
            }
        }
    }

    private static void checkStatement(Map<String, Object> statement, String path, List<String> found) {
        for (String field : List.of("Action", "NotAction", "Resource", "NotResource")) {
            for (Object value : list(statement.get(field))) {
                if (value instanceof String text && text.contains("*")) {
                    found.add(path + " " + field + " " + text);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> events(Map<String, Object> function) {
        return (Map<String, Map<String, Object>>) (Map<?, ?>) map(SamTemplate.properties(function).get("Events"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<?> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? l : List.of(value);
    }
}
