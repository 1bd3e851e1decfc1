package dev.orderflow.localcloud.messaging;

import dev.orderflow.localcloud.asyncinvocation.AsyncSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** The local knobs of the asynchronous services and where they keep their data. */
public final class MessagingSettings {

    private final Duration asyncRetryDelay;
    private final boolean deliverEventsTwice;
    private final Integer queueVisibilityTimeout;
    private final Path dataDirectory;

    private MessagingSettings(Builder builder) {
        this.asyncRetryDelay = builder.asyncRetryDelay;
        this.deliverEventsTwice = builder.deliverEventsTwice;
        this.queueVisibilityTimeout = builder.queueVisibilityTimeout;
        this.dataDirectory = builder.dataDirectory;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Lambda's wait before an asynchronous retry (AWS: about a minute, then two); EventBridge's first retry waits at most this. */
    public Duration asyncRetryDelay() {
        return asyncRetryDelay;
    }

    public boolean deliverEventsTwice() {
        return deliverEventsTwice;
    }

    /** Overrides every template queue's VisibilityTimeout (seconds), or null to keep the template's. */
    public Integer queueVisibilityTimeout() {
        return queueVisibilityTimeout;
    }

    /** Where queues, pending asynchronous events and retries are kept; null for memory only. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    public Builder toBuilder() {
        return builder().asyncRetryDelay(asyncRetryDelay).deliverEventsTwice(deliverEventsTwice)
                .queueVisibilityTimeout(queueVisibilityTimeout).dataDirectory(dataDirectory);
    }

    public static final class Builder {
        private Duration asyncRetryDelay = AsyncSettings.AWS_RETRY_DELAY;
        private boolean deliverEventsTwice;
        private Integer queueVisibilityTimeout;
        private Path dataDirectory;

        public Builder asyncRetryDelay(Duration value) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException("--async-retry-delay must not be negative");
            }
            this.asyncRetryDelay = value;
            return this;
        }

        public Builder deliverEventsTwice(boolean value) {
            this.deliverEventsTwice = value;
            return this;
        }

        public Builder queueVisibilityTimeout(Integer seconds) {
            if (seconds != null && (seconds < 0 || seconds > 43_200)) {
                throw new IllegalArgumentException("--queue-visibility-timeout must be 0 to 43200 seconds, not " + seconds);
            }
            this.queueVisibilityTimeout = seconds;
            return this;
        }

        public Builder dataDirectory(Path value) {
            this.dataDirectory = value;
            return this;
        }

        public MessagingSettings build() {
            return new MessagingSettings(this);
        }
    }

    /** Reads {@code 500ms}, {@code 2s}, {@code 1m}, or ISO-8601 ({@code PT1M}). */
    public static Duration parseDuration(String text) {
        Objects.requireNonNull(text, "duration");
        String value = text.trim();
        try {
            if (value.toUpperCase(java.util.Locale.ROOT).startsWith("PT")) {
                return Duration.parse(value);
            }
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            switch (value.charAt(value.length() - 1)) {
                case 's': return Duration.ofSeconds(amount);
                case 'm': return Duration.ofMinutes(amount);
                case 'h': return Duration.ofHours(amount);
                default: break;
            }
        } catch (RuntimeException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("not a duration: " + text + " (examples: 500ms, 2s, 1m, PT1M)");
    }
}
