package dev.orderflow.localcloud.xray.internal.daemon;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicLong;

/** At most one warning per interval, so a flood of bad input cannot flood the log as well. */
final class RateLimitedLog {

    private static final Logger LOG = System.getLogger("dev.orderflow.localcloud.xray");
    private static final long INTERVAL_NANOS = 10_000_000_000L;

    private final AtomicLong nextAllowed = new AtomicLong(Long.MIN_VALUE);

    void warn(String format, Object... args) {
        long now = System.nanoTime();
        long allowed = nextAllowed.get();
        if ((allowed == Long.MIN_VALUE || now - allowed >= 0) && nextAllowed.compareAndSet(allowed, now + INTERVAL_NANOS)) {
            LOG.log(Level.WARNING, format, args);
        }
    }
}
