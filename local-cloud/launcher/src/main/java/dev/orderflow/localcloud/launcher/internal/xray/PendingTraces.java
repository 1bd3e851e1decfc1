package dev.orderflow.localcloud.launcher.internal.xray;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a traced call fixed when it started (segment ids, the caller's parent), kept until it ends,
 * by the id handed on in the trace header. A call that never reports its end (a request that failed
 * in the server) is forgotten after {@code maxAge}, so nothing grows without bound.
 */
final class PendingTraces<T> {

    private static final int SWEEP_ABOVE = 1024;

    private final ConcurrentHashMap<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final long maxAgeMillis;
    private final AtomicLong lastSweep = new AtomicLong();

    PendingTraces(Duration maxAge) {
        this.maxAgeMillis = maxAge.toMillis();
    }

    void put(String id, T value) {
        long now = System.currentTimeMillis();
        entries.put(id, new Entry<>(value, now));
        long last = lastSweep.get();
        if (entries.size() > SWEEP_ABOVE && now - last > 1000 && lastSweep.compareAndSet(last, now)) {
            entries.values().removeIf(entry -> entry.since < now - maxAgeMillis);
        }
    }

    /** The value kept for {@code id}, removed; null when there is none (unsampled, or forgotten). */
    T remove(String id) {
        Entry<T> entry = id == null ? null : entries.remove(id);
        return entry == null ? null : entry.value;
    }

    int size() {
        return entries.size();
    }

    private record Entry<T>(T value, long since) {
    }
}
