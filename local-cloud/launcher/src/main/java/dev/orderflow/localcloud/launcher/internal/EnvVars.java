package dev.orderflow.localcloud.launcher.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderflow.localcloud.template.FunctionDefinition;
import dev.orderflow.localcloud.template.SamTemplate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code --env-vars <file.json>}, in {@code sam local}'s format: {@code {"<FunctionLogicalId>":
 * {"VAR": "value"}, "Parameters": {"VAR": "value"}}} ({@code Parameters} for every function, a
 * function's own entry winning). As with SAM, only variables the template declares for the
 * function are overridden.
 */
public final class EnvVars {

    private final Map<String, Map<String, String>> byFunction;
    private final Map<String, String> everyFunction;

    private EnvVars(Map<String, Map<String, String>> byFunction, Map<String, String> everyFunction) {
        this.byFunction = byFunction;
        this.everyFunction = everyFunction;
    }

    public static EnvVars none() {
        return new EnvVars(Map.of(), Map.of());
    }

    /** Reads the file; an unreadable file or a value that is not text, number or boolean is refused. */
    public static EnvVars read(Path file, SamTemplate template, Consumer<String> warnings) {
        if (file == null) {
            return none();
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("--env-vars " + file + ": not readable JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("--env-vars " + file + ": expected an object of functions");
        }
        Map<String, Map<String, String>> byFunction = new LinkedHashMap<>();
        Map<String, String> everyFunction = Map.of();
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
            Map<String, String> variables = variables(entry.getValue(), file + ": " + entry.getKey());
            if (entry.getKey().equals("Parameters")) {
                everyFunction = variables;
            } else if (template.functions().stream().anyMatch(f -> f.logicalId().equals(entry.getKey())
                    || f.name().equals(entry.getKey()))) {
                byFunction.put(entry.getKey(), variables);
            } else {
                warnings.accept("--env-vars: no function " + entry.getKey() + " in the template");
            }
        }
        return new EnvVars(byFunction, everyFunction);
    }

    /** The function as the template declares it, with its declared variables overridden. */
    public FunctionDefinition apply(FunctionDefinition f) {
        Map<String, String> overrides = new LinkedHashMap<>(everyFunction);
        overrides.putAll(byFunction.getOrDefault(f.name(), Map.of()));
        overrides.putAll(byFunction.getOrDefault(f.logicalId(), Map.of()));
        overrides.keySet().retainAll(f.environment().keySet());
        if (overrides.isEmpty()) {
            return f;
        }
        Map<String, String> environment = new LinkedHashMap<>(f.environment());
        environment.putAll(overrides);
        return new FunctionDefinition(f.logicalId(), f.name(), f.arn(), f.handler(), f.runtime(), f.codeUri(),
                f.memorySize(), f.timeoutSeconds(), environment, f.layers(), f.reservedConcurrency(), f.tracing(),
                f.loggingConfig(), f.events(), f.eventInvokeConfig(), f.metadata(), f.properties());
    }

    private static Map<String, String> variables(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("--env-vars " + where + ": expected an object of variables");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        node.fields().forEachRemaining(variable -> {
            if (!variable.getValue().isValueNode() || variable.getValue().isNull()) {
                throw new IllegalArgumentException("--env-vars " + where + "." + variable.getKey()
                        + ": a value must be text, a number or a boolean");
            }
            variables.put(variable.getKey(), variable.getValue().asText());
        });
        return variables;
    }
}
