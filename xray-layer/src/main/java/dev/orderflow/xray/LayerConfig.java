package dev.orderflow.xray;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The layer's configuration, read once per execution environment from environment variables.
 * Every variable is optional except {@link #ORIGINAL_HANDLER}, which the wrapper script sets.
 * A value that cannot be understood falls back to its default: tracing never stops a function.
 */
public final class LayerConfig {

    /** The function's own handler; the wrapper script moves {@code _HANDLER} here. */
    public static final String ORIGINAL_HANDLER = "XRAY_LAYER_HANDLER";
    /**
     * {@code false} (or {@code 0}, {@code no}) turns the layer off: the script leaves the handler
     * alone and the layer's interceptors leave SDK calls alone. Default {@code true}.
     */
    public static final String ENABLED = "XRAY_LAYER_ENABLED";
    /** Value of the {@code Service} annotation. Default: the function name. */
    public static final String SERVICE = "XRAY_LAYER_SERVICE";
    /** Value of the {@code Environment} annotation. Default {@code default}. */
    public static final String ENVIRONMENT = "XRAY_LAYER_ENVIRONMENT";
    /** Comma-separated business keys annotated when an event or response carries them (e.g. {@code orderId}). */
    public static final String ANNOTATE_KEYS = "XRAY_LAYER_ANNOTATE_KEYS";
    /** {@code true} records request and response bodies as metadata, redacted. Default {@code false}. */
    public static final String CAPTURE_BODIES = "XRAY_LAYER_CAPTURE_BODIES";
    /** Comma-separated extra keys to redact, added to {@link #DEFAULT_REDACT_KEYS}. */
    public static final String REDACT_KEYS = "XRAY_LAYER_REDACT_KEYS";

    /** Field-name fragments whose values are never recorded (case-insensitive substring match). */
    public static final List<String> DEFAULT_REDACT_KEYS = List.of(
            "email", "phone", "card", "token", "password", "address", "authorization", "cookie", "secret");

    private final String originalHandler;
    private final boolean enabled;
    private final String service;
    private final String environment;
    private final List<String> annotateKeys;
    private final boolean captureBodies;
    private final List<String> redactKeys;

    private LayerConfig(Builder builder) {
        this.originalHandler = builder.originalHandler;
        this.enabled = builder.enabled;
        this.service = builder.service;
        this.environment = builder.environment;
        this.redactKeys = List.copyOf(builder.redactKeys);
        this.annotateKeys = withoutPersonalKeys(builder.annotateKeys, redactKeys);
        this.captureBodies = builder.captureBodies;
    }

    /** Reads the configuration from a map of environment variables (normally {@code System.getenv()}). */
    public static LayerConfig fromEnvironment(Map<String, String> env) {
        Builder builder = builder()
                .originalHandler(env.get(ORIGINAL_HANDLER))
                .enabled(enabled(env))
                .service(orDefault(env.get(SERVICE), orDefault(env.get("AWS_LAMBDA_FUNCTION_NAME"), "unknown")))
                .environment(orDefault(env.get(ENVIRONMENT), "default"))
                .annotateKeys(list(env.get(ANNOTATE_KEYS)))
                .captureBodies(flag(env.get(CAPTURE_BODIES), false));
        builder.addRedactKeys(list(env.get(REDACT_KEYS)));
        return builder.build();
    }

    /** Whether the layer is on by {@link #ENABLED} in these environment variables (what the interceptors read). */
    public static boolean enabled(Map<String, String> env) {
        return flag(env.get(ENABLED), true);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String originalHandler() {
        return originalHandler;
    }

    public boolean enabled() {
        return enabled;
    }

    public String service() {
        return service;
    }

    public String environment() {
        return environment;
    }

    /** Business keys to annotate; keys that look like personal data are already removed. */
    public List<String> annotateKeys() {
        return annotateKeys;
    }

    public boolean captureBodies() {
        return captureBodies;
    }

    public List<String> redactKeys() {
        return redactKeys;
    }

    /** True when a field of this name must never be recorded. */
    public boolean isRedacted(String fieldName) {
        String lower = fieldName.toLowerCase(Locale.ROOT);
        for (String key : redactKeys) {
            if (lower.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> withoutPersonalKeys(List<String> keys, List<String> redact) {
        List<String> kept = new ArrayList<>();
        for (String key : keys) {
            String lower = key.toLowerCase(Locale.ROOT);
            if (redact.stream().noneMatch(lower::contains)) {
                kept.add(key);
            }
        }
        return Collections.unmodifiableList(kept);
    }

    private static boolean flag(String value, boolean defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("1") || v.equals("yes")) {
            return true;
        }
        if (v.equals("false") || v.equals("0") || v.equals("no")) {
            return false;
        }
        return defaultValue;
    }

    private static String orDefault(String value, String defaultValue) {
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        Set<String> items = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                items.add(part.trim());
            }
        }
        return List.copyOf(items);
    }

    /** Builds a configuration; {@link #build()} rejects a missing original handler. */
    public static final class Builder {
        private String originalHandler;
        private boolean enabled = true;
        private String service = "unknown";
        private String environment = "default";
        private List<String> annotateKeys = List.of();
        private boolean captureBodies;
        private final Set<String> redactKeys = new LinkedHashSet<>(DEFAULT_REDACT_KEYS);

        private Builder() {
        }

        public Builder originalHandler(String handler) {
            this.originalHandler = handler == null ? null : handler.trim();
            return this;
        }

        public Builder enabled(boolean on) {
            this.enabled = on;
            return this;
        }

        public Builder service(String name) {
            this.service = Objects.requireNonNull(name, "service");
            return this;
        }

        public Builder environment(String name) {
            this.environment = Objects.requireNonNull(name, "environment");
            return this;
        }

        public Builder annotateKeys(List<String> keys) {
            this.annotateKeys = List.copyOf(keys);
            return this;
        }

        public Builder captureBodies(boolean capture) {
            this.captureBodies = capture;
            return this;
        }

        public Builder addRedactKeys(List<String> keys) {
            keys.forEach(k -> redactKeys.add(k.toLowerCase(Locale.ROOT)));
            return this;
        }

        public LayerConfig build() {
            if (originalHandler == null || originalHandler.isEmpty()) {
                throw new IllegalStateException(ORIGINAL_HANDLER
                        + " is not set: attach the layer with AWS_LAMBDA_EXEC_WRAPPER pointing at its script,"
                        + " which moves the function's handler there");
            }
            return new LayerConfig(this);
        }
    }
}
