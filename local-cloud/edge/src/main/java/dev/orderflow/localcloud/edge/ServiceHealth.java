package dev.orderflow.localcloud.edge;

import java.util.Map;

/** A service's state for /_local/health: {@code running}, {@code starting}, {@code failed}, ... and details. */
public record ServiceHealth(String state, Map<String, Object> details) {

    public static ServiceHealth running() {
        return new ServiceHealth("running", Map.of());
    }

    public static ServiceHealth running(Map<String, Object> details) {
        return new ServiceHealth("running", details);
    }

    public boolean isRunning() {
        return "running".equals(state);
    }
}
