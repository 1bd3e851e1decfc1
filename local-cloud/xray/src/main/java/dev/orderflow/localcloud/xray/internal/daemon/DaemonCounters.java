package dev.orderflow.localcloud.xray.internal.daemon;

import java.util.concurrent.atomic.LongAdder;

/** What the daemon received, stored and dropped, counted where it happens. */
public final class DaemonCounters {

    public final LongAdder datagrams = new LongAdder();
    public final LongAdder malformedDatagrams = new LongAdder();
    public final LongAdder queueOverflows = new LongAdder();
    public final LongAdder accepted = new LongAdder();
    public final LongAdder rejected = new LongAdder();
    public final LongAdder traceFull = new LongAdder();
    public final LongAdder journalErrors = new LongAdder();
}
