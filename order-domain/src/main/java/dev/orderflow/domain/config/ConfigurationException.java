package dev.orderflow.domain.config;

/** A function was deployed without a setting it needs: fails its initialisation, loudly. */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }
}
