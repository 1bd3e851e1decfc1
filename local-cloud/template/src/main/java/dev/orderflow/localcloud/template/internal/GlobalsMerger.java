package dev.orderflow.localcloud.template.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies SAM's {@code Globals} as SAM does: maps merge (the resource's own keys win), lists add
 * up (global entries first), anything else is overridden by the resource; an intrinsic function
 * is a value, never merged into.
 */
public final class GlobalsMerger {

    private static final Map<String, String> SECTIONS = Map.of(
            "Function", "AWS::Serverless::Function",
            "Api", "AWS::Serverless::Api",
            "HttpApi", "AWS::Serverless::HttpApi",
            "SimpleTable", "AWS::Serverless::SimpleTable",
            "LayerVersion", "AWS::Serverless::LayerVersion",
            "StateMachine", "AWS::Serverless::StateMachine");

    private GlobalsMerger() {
    }

    /** The resource's properties with the global section for its type merged in. */
    public static Map<String, Object> propertiesWithGlobals(Map<String, Object> globals, String type,
            Map<String, Object> properties) {
        String section = SECTIONS.entrySet().stream().filter(e -> e.getValue().equals(type))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        Map<String, Object> global = section == null ? null : Yaml.map(globals.get(section));
        if (global == null || global.isEmpty()) {
            return properties;
        }
        return mergeMaps(global, properties);
    }

    /** The global section of a kind, for resources SAM creates implicitly (the implicit API). */
    public static Map<String, Object> section(Map<String, Object> globals, String name) {
        Map<String, Object> section = Yaml.map(globals.get(name));
        return section == null ? Map.of() : section;
    }

    static Object merge(Object global, Object local) {
        if (local == null) {
            return global;
        }
        if (global instanceof Map && local instanceof Map && !Intrinsics.isIntrinsic(global) && !Intrinsics.isIntrinsic(local)) {
            return mergeMaps(Yaml.map(global), Yaml.map(local));
        }
        if (global instanceof List && local instanceof List) {
            List<Object> both = new ArrayList<>((List<?>) global);
            both.addAll((List<?>) local);
            return both;
        }
        return local;
    }

    private static Map<String, Object> mergeMaps(Map<String, Object> global, Map<String, Object> local) {
        Map<String, Object> merged = new LinkedHashMap<>(global);
        local.forEach((key, value) -> merged.put(key, merge(global.get(key), value)));
        return merged;
    }
}
