package dev.orderflow.domain.config;

import java.util.Map;
import java.util.Optional;

/**
 * The one seam through which code reads environment variables, so that tests hand in a map instead
 * of mutating the process environment.
 */
@FunctionalInterface
public interface Env {

    /** The variable's value, or {@code null} when unset. */
    String get(String name);

    default Optional<String> find(String name) {
        String value = get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** The variable's value; throws {@link ConfigurationException} naming it when unset. */
    default String require(String name) {
        return find(name).orElseThrow(() -> new ConfigurationException("Environment variable " + name + " is not set"));
    }

    static Env system() {
        return System::getenv;
    }

    static Env of(Map<String, String> values) {
        return values::get;
    }
}
