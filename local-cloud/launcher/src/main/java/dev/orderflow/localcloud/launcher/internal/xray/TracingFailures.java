package dev.orderflow.localcloud.launcher.internal.xray;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tracing never breaks a request: a platform segment that cannot be built is dropped, counted and
 * logged (the first time, then every thousandth), and the request goes on.
 */
final class TracingFailures {

    private static final Logger LOG = System.getLogger("dev.orderflow.localcloud.xray.platform");

    private final AtomicLong count = new AtomicLong();

    void record(String what, RuntimeException e) {
        long n = count.incrementAndGet();
        if (n == 1 || n % 1000 == 0) {
            LOG.log(Level.WARNING, "platform segment dropped ({0} so far): {1}: {2}", n, what, e.toString());
        }
    }

    long count() {
        return count.get();
    }
}
