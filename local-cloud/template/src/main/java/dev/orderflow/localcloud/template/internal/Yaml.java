package dev.orderflow.localcloud.template.internal;

import java.util.List;
import java.util.Map;

/** Typed views of the plain maps and lists a YAML document loads into. */
final class Yaml {

    private Yaml() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return node instanceof Map ? (Map<String, Object>) node : null;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        return node instanceof List ? (List<Object>) node : null;
    }
}
