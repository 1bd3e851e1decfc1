package dev.orderflow.localcloud.template;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the template cannot say about where it runs: the stack name, region and account that
 * pseudo parameters and generated names use, parameter overrides, and the local URLs that stand
 * in for AWS endpoints.
 */
public final class TemplateSettings {

    private final String stackName;
    private final String region;
    private final String accountId;
    private final Map<String, String> parameterOverrides;
    private final String apiBaseUrl;
    private final String edgeUrl;

    private TemplateSettings(Builder builder) {
        this.stackName = builder.stackName;
        this.region = builder.region;
        this.accountId = builder.accountId;
        this.parameterOverrides = Map.copyOf(builder.parameterOverrides);
        this.apiBaseUrl = builder.apiBaseUrl;
        this.edgeUrl = builder.edgeUrl;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String stackName() {
        return stackName;
    }

    public String region() {
        return region;
    }

    public String accountId() {
        return accountId;
    }

    public Map<String, String> parameterOverrides() {
        return parameterOverrides;
    }

    /** The local API Gateway, e.g. {@code http://127.0.0.1:3000}: execute-api URLs are rewritten to it. */
    public String apiBaseUrl() {
        return apiBaseUrl;
    }

    /** The local edge endpoint, e.g. {@code http://127.0.0.1:4566}: queue URLs point at it. */
    public String edgeUrl() {
        return edgeUrl;
    }

    public static final class Builder {
        private String stackName = "local";
        private String region = "us-east-1";
        private String accountId = "123456789012";
        private final Map<String, String> parameterOverrides = new LinkedHashMap<>();
        private String apiBaseUrl = "http://127.0.0.1:3000";
        private String edgeUrl = "http://127.0.0.1:4566";

        public Builder stackName(String value) {
            this.stackName = Objects.requireNonNull(value, "stackName");
            return this;
        }

        public Builder region(String value) {
            this.region = Objects.requireNonNull(value, "region");
            return this;
        }

        public Builder accountId(String value) {
            if (value == null || !value.matches("\\d{12}")) {
                throw new IllegalArgumentException("accountId must be 12 digits: " + value);
            }
            this.accountId = value;
            return this;
        }

        public Builder parameterOverride(String name, String value) {
            parameterOverrides.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder parameterOverrides(Map<String, String> values) {
            values.forEach(this::parameterOverride);
            return this;
        }

        public Builder apiBaseUrl(String value) {
            this.apiBaseUrl = stripSlash(Objects.requireNonNull(value, "apiBaseUrl"));
            return this;
        }

        public Builder edgeUrl(String value) {
            this.edgeUrl = stripSlash(Objects.requireNonNull(value, "edgeUrl"));
            return this;
        }

        public TemplateSettings build() {
            return new TemplateSettings(this);
        }

        private static String stripSlash(String url) {
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }
}
