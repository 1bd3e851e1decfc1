package dev.orderflow.localcloud.xray.internal.store;

import dev.orderflow.localcloud.xray.internal.segment.ParsedSegment;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Traces in memory, bounded by {@link Retention}: the oldest traces (by arrival) are evicted when
 * the count or byte limit is passed, and traces not updated within the age limit are expired.
 * Writers serialise on this object; readers see immutable {@link StoredTrace} snapshots.
 */
public final class TraceStore {

    private final Retention retention;
    private final ConcurrentHashMap<String, StoredTrace> traces = new ConcurrentHashMap<>();
    private final ArrayDeque<String> arrivalOrder = new ArrayDeque<>();
    private final AtomicLong evicted = new AtomicLong();
    private long bytes;

    public TraceStore(Retention retention) {
        this.retention = retention;
    }

    public Retention retention() {
        return retention;
    }

    /** Stores the document; false when its trace already holds the maximum number of documents. */
    public synchronized boolean add(ParsedSegment segment) {
        StoredTrace before = traces.get(segment.traceId());
        StoredTrace after;
        if (before == null) {
            after = StoredTrace.of(segment);
            arrivalOrder.addLast(segment.traceId());
        } else {
            after = before.with(segment, retention.maxSegmentsPerTrace());
        }
        traces.put(after.id(), after);
        bytes += after.bytes() - (before == null ? 0 : before.bytes());
        evictOverflow();
        return before == null || after.revision() != before.revision();
    }

    public StoredTrace get(String traceId) {
        return traces.get(traceId);
    }

    /** A live, weakly consistent view of every trace. */
    public Collection<StoredTrace> traces() {
        return Collections.unmodifiableCollection(traces.values());
    }

    public int size() {
        return traces.size();
    }

    public synchronized long bytes() {
        return bytes;
    }

    /** Traces removed so far by the count, byte or age limits. */
    public long evictedTraces() {
        return evicted.get();
    }

    /** Removes traces whose last document arrived longer ago than the retention age. */
    public synchronized int expire(long nowMillis) {
        long cutoff = nowMillis - retention.maxAge().toMillis();
        int removed = 0;
        Iterator<StoredTrace> it = traces.values().iterator();
        while (it.hasNext()) {
            StoredTrace trace = it.next();
            if (trace.lastReceivedMillis() < cutoff) {
                it.remove();
                bytes -= trace.bytes();
                removed++;
            }
        }
        evicted.addAndGet(removed);
        pruneArrivalOrder();
        return removed;
    }

    private void evictOverflow() {
        while ((traces.size() > retention.maxTraces() || bytes > retention.maxBytes()) && !arrivalOrder.isEmpty()) {
            StoredTrace oldest = traces.remove(arrivalOrder.removeFirst());
            if (oldest != null) {
                bytes -= oldest.bytes();
                evicted.incrementAndGet();
            }
        }
    }

    /** Drops ids of traces already gone, so the arrival queue stays as small as the store. */
    private void pruneArrivalOrder() {
        while (!arrivalOrder.isEmpty() && !traces.containsKey(arrivalOrder.peekFirst())) {
            arrivalOrder.removeFirst();
        }
        if (arrivalOrder.size() > 2 * traces.size() + 1024) {
            arrivalOrder.removeIf(id -> !traces.containsKey(id));
        }
    }
}
