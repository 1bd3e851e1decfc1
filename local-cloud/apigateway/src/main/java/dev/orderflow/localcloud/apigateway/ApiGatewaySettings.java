package dev.orderflow.localcloud.apigateway;

import dev.orderflow.localcloud.trace.Sampler;
import java.time.Duration;
import java.util.Objects;

/** Where the local API Gateway listens and what it reports as its account and region. */
public final class ApiGatewaySettings {

    private final String host;
    private final int port;
    private final String region;
    private final String accountId;
    private final Duration integrationTimeout;
    private final int maxBodyBytes;
    private final Sampler sampler;
    private final ApiListener listener;

    private ApiGatewaySettings(Builder builder) {
        this.host = builder.host;
        this.port = builder.port;
        this.region = builder.region;
        this.accountId = builder.accountId;
        this.integrationTimeout = builder.integrationTimeout;
        this.maxBodyBytes = builder.maxBodyBytes;
        this.sampler = builder.sampler;
        this.listener = builder.listener;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String region() {
        return region;
    }

    public String accountId() {
        return accountId;
    }

    /** API Gateway's 29 s integration timeout: after it the client gets 504. */
    public Duration integrationTimeout() {
        return integrationTimeout;
    }

    /** API Gateway's 10 MB payload limit: above it the client gets 413. */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    public Sampler sampler() {
        return sampler;
    }

    public ApiListener listener() {
        return listener;
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 3000;
        private String region = "us-east-1";
        private String accountId = "123456789012";
        private Duration integrationTimeout = Duration.ofSeconds(29);
        private int maxBodyBytes = 10 * 1024 * 1024;
        private Sampler sampler = Sampler.always();
        private ApiListener listener = ApiListener.NONE;

        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        public Builder port(int value) {
            this.port = value;
            return this;
        }

        public Builder region(String value) {
            this.region = Objects.requireNonNull(value, "region");
            return this;
        }

        public Builder accountId(String value) {
            this.accountId = Objects.requireNonNull(value, "accountId");
            return this;
        }

        public Builder integrationTimeout(Duration value) {
            this.integrationTimeout = Objects.requireNonNull(value, "integrationTimeout");
            return this;
        }

        public Builder maxBodyBytes(int value) {
            this.maxBodyBytes = value;
            return this;
        }

        public Builder sampler(Sampler value) {
            this.sampler = Objects.requireNonNull(value, "sampler");
            return this;
        }

        public Builder listener(ApiListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        public ApiGatewaySettings build() {
            return new ApiGatewaySettings(this);
        }
    }
}
