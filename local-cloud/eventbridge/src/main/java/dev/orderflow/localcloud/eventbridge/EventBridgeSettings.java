package dev.orderflow.localcloud.eventbridge;

import java.time.Duration;
import java.util.Objects;

/** Region and account of ARNs, and the local knobs: retry backoff and duplicate delivery. */
public final class EventBridgeSettings {

    private final String region;
    private final String accountId;
    private final Duration firstRetryDelay;
    private final boolean deliverTwice;

    private EventBridgeSettings(Builder builder) {
        this.region = builder.region;
        this.accountId = builder.accountId;
        this.firstRetryDelay = builder.firstRetryDelay;
        this.deliverTwice = builder.deliverTwice;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String region() {
        return region;
    }

    public String accountId() {
        return accountId;
    }

    /** The wait before a target's first retry; each next one waits twice as long (capped at a minute). */
    public Duration firstRetryDelay() {
        return firstRetryDelay;
    }

    /** At-least-once testing: every target gets every event twice. */
    public boolean deliverTwice() {
        return deliverTwice;
    }

    public static final class Builder {
        private String region = "us-east-1";
        private String accountId = "123456789012";
        private Duration firstRetryDelay = Duration.ofSeconds(1);
        private boolean deliverTwice;

        public Builder region(String value) {
            this.region = Objects.requireNonNull(value, "region");
            return this;
        }

        public Builder accountId(String value) {
            this.accountId = Objects.requireNonNull(value, "accountId");
            return this;
        }

        public Builder firstRetryDelay(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("firstRetryDelay must not be negative");
            }
            this.firstRetryDelay = value;
            return this;
        }

        public Builder deliverTwice(boolean value) {
            this.deliverTwice = value;
            return this;
        }

        public EventBridgeSettings build() {
            return new EventBridgeSettings(this);
        }
    }
}
