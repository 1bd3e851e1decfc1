package dev.orderflow.localcloud.template.internal;

import java.util.Map;

/** Recognises intrinsic-function nodes ({@code {"Ref": ...}}, {@code {"Fn::Sub": ...}}). */
final class Intrinsics {

    private Intrinsics() {
    }

    static boolean isIntrinsic(Object node) {
        if (!(node instanceof Map) || ((Map<?, ?>) node).size() != 1) {
            return false;
        }
        Object key = ((Map<?, ?>) node).keySet().iterator().next();
        return "Ref".equals(key) || "Condition".equals(key) || (key instanceof String && ((String) key).startsWith("Fn::"));
    }

    static String name(Object node) {
        return (String) ((Map<?, ?>) node).keySet().iterator().next();
    }

    static Object argument(Object node) {
        return ((Map<?, ?>) node).values().iterator().next();
    }
}
