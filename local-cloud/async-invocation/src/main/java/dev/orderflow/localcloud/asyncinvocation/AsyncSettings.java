package dev.orderflow.localcloud.asyncinvocation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** The wait before the first retry (Lambda waits about a minute, then two) and where pending events are kept. */
public final class AsyncSettings {

    /** Lambda's wait before the second attempt; the third waits twice as long. */
    public static final Duration AWS_RETRY_DELAY = Duration.ofMinutes(1);

    private final Duration retryDelay;
    private final Path dataDirectory;

    private AsyncSettings(Duration retryDelay, Path dataDirectory) {
        this.retryDelay = Objects.requireNonNull(retryDelay, "retryDelay");
        this.dataDirectory = dataDirectory;
        if (retryDelay.isNegative()) {
            throw new IllegalArgumentException("the retry delay must not be negative");
        }
    }

    /**
     * @param retryDelay the wait before the first retry; the second waits twice as long
     * @param dataDirectory where queued events and retries are kept between runs, or null for memory only
     */
    public static AsyncSettings of(Duration retryDelay, Path dataDirectory) {
        return new AsyncSettings(retryDelay, dataDirectory);
    }

    public Duration retryDelay() {
        return retryDelay;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
