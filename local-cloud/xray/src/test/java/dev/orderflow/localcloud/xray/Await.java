package dev.orderflow.localcloud.xray;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something sent over UDP (asynchronous by nature) to have arrived. */
public final class Await {

    private Await() {
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        until(() -> what, timeout, condition);
    }

    /** The description is computed at the timeout, so it can say where things stood. */
    public static void until(java.util.function.Supplier<String> what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what.get());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what.get());
            }
        }
    }

    /** Until the collector has stored {@code count} documents in all. */
    public static void accepted(LocalXRay xray, long count) {
        until(() -> count + " accepted documents (stats: " + xray.stats() + ")", Duration.ofSeconds(15),
                () -> xray.stats().accepted() >= count);
    }
}
