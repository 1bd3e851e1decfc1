package dev.orderflow.localcloud.xray.internal.daemon;

import dev.orderflow.localcloud.xray.internal.segment.InvalidSegmentException;
import dev.orderflow.localcloud.xray.internal.segment.ParsedSegment;
import dev.orderflow.localcloud.xray.internal.segment.SegmentParser;
import dev.orderflow.localcloud.xray.internal.store.SegmentJournal;
import dev.orderflow.localcloud.xray.internal.store.TraceStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Between the receivers and the store: a bounded queue that never blocks a receiver (a full queue
 * drops and counts), and one writer thread that checks, stores and journals each document.
 */
public final class IngestPipeline implements AutoCloseable {

    private static final int BATCH = 1024;
    /** Besides the count, what the queue may hold: a flood of 64 KiB documents must not exhaust the heap. */
    private static final long MAX_QUEUED_BYTES = 64L * 1024 * 1024;
    private static final long HOUSEKEEPING_MILLIS = 10_000;

    private final ArrayBlockingQueue<Inbound> queue;
    private final SegmentParser parser;
    private final TraceStore store;
    private final SegmentJournal journal;
    private final DaemonCounters counters;
    private final Clock clock;
    private final Thread writer;
    private final AtomicLong offered = new AtomicLong();
    private final AtomicLong settled = new AtomicLong();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final RateLimitedLog rejectLog = new RateLimitedLog();
    private final RateLimitedLog overflowLog = new RateLimitedLog();
    private final RateLimitedLog journalLog = new RateLimitedLog();
    private volatile boolean running = true;
    private long nextHousekeeping;

    private record Inbound(byte[] document, long receivedAtMillis) {
    }

    /** @param journal null when nothing is persisted */
    public IngestPipeline(int capacity, SegmentParser parser, TraceStore store, SegmentJournal journal,
                          DaemonCounters counters, Clock clock) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.parser = parser;
        this.store = store;
        this.journal = journal;
        this.counters = counters;
        this.clock = clock;
        this.writer = new Thread(this::drainLoop, "xray-ingest");
        this.writer.setDaemon(true);
        this.nextHousekeeping = clock.millis() + HOUSEKEEPING_MILLIS;
    }

    public void start() {
        writer.start();
    }

    /** Queues a document for the writer; false (and counted) when the queue is full (by count or bytes). Never blocks. */
    public boolean offer(byte[] document) {
        offered.incrementAndGet();
        if (queuedBytes.addAndGet(document.length) <= MAX_QUEUED_BYTES
                && queue.offer(new Inbound(document, clock.millis()))) {
            return true;
        }
        queuedBytes.addAndGet(-document.length);
        settled.incrementAndGet();
        counters.queueOverflows.increment();
        overflowLog.warn("X-Ray ingest queue full: {0} documents dropped so far", counters.queueOverflows.sum());
        return false;
    }

    /** Stores an already checked document now (PutTraceSegments); false when its trace is full. */
    public boolean store(ParsedSegment segment) {
        if (!store.add(segment)) {
            counters.traceFull.increment();
            return false;
        }
        counters.accepted.increment();
        if (journal != null) {
            try {
                journal.append(segment);
            } catch (IOException e) {
                counters.journalErrors.increment();
                journalLog.warn("X-Ray data dir write failed (the trace stays in memory): {0}", e.toString());
            }
        }
        return true;
    }

    /** Waits until every document offered so far is stored or counted as dropped. */
    public boolean awaitSettled(Duration timeout) throws InterruptedException {
        long target = offered.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (settled.get() < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    private void drainLoop() {
        List<Inbound> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Inbound first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    batch.forEach(this::ingest);
                    queuedBytes.addAndGet(-batch.stream().mapToLong(inbound -> inbound.document().length).sum());
                    settled.addAndGet(batch.size());
                    batch.clear();
                    flushJournal();
                }
                housekeeping();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                rejectLog.warn("X-Ray ingest: unexpected failure, continuing: {0}", e.toString());
            }
        }
    }

    private void ingest(Inbound inbound) {
        try {
            store(parser.parse(inbound.document(), inbound.receivedAtMillis()));
        } catch (InvalidSegmentException e) {
            counters.rejected.increment();
            rejectLog.warn("X-Ray segment refused ({0}): {1}", e.code(), e.getMessage());
        } catch (RuntimeException e) {
            counters.rejected.increment();
            rejectLog.warn("X-Ray segment refused: {0}", e.toString());
        }
    }

    private void flushJournal() {
        if (journal == null) {
            return;
        }
        try {
            journal.flush();
        } catch (IOException e) {
            counters.journalErrors.increment();
            journalLog.warn("X-Ray data dir flush failed: {0}", e.toString());
        }
    }

    private void housekeeping() {
        long now = clock.millis();
        if (now < nextHousekeeping) {
            return;
        }
        nextHousekeeping = now + HOUSEKEEPING_MILLIS;
        store.expire(now);
        compactIfWorthIt();
    }

    /** Rewrites the data dir when it holds mostly evicted or replaced documents. */
    public void compactIfWorthIt() {
        if (journal == null || !journal.needsCompaction(store.bytes())) {
            return;
        }
        try {
            journal.compact(() -> store.traces().stream().flatMap(t -> t.segments().stream()).iterator());
        } catch (IOException e) {
            counters.journalErrors.increment();
            journalLog.warn("X-Ray data dir compaction failed: {0}", e.toString());
        }
    }

    public int queued() {
        return queue.size();
    }

    @Override
    public void close() {
        running = false;
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flushJournal();
    }
}
