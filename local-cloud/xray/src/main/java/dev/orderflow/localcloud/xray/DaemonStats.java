package dev.orderflow.localcloud.xray;

/**
 * What the collector received, stored and dropped, for health checks and logs.
 *
 * @param datagrams         UDP datagrams read
 * @param malformedDatagrams datagrams dropped for a missing or wrong header or an empty body
 * @param queueOverflows    documents dropped because the ingest queue was full
 * @param accepted          documents stored
 * @param rejected          documents refused as invalid (bad JSON, missing fields, wrong ids, too large, too old)
 * @param traceLimitDrops   documents refused because their trace held the maximum number of documents
 * @param journalErrors     failed writes to the data directory (the documents stayed in memory)
 * @param queued            documents waiting for the writer now
 * @param traces            traces stored now
 * @param bytes             bytes of documents stored now
 * @param evictedTraces     traces removed so far by the retention limits
 */
public record DaemonStats(long datagrams, long malformedDatagrams, long queueOverflows, long accepted,
                          long rejected, long traceLimitDrops, long journalErrors, int queued, int traces,
                          long bytes, long evictedTraces) {

    /** Everything that was received but is not stored. */
    public long dropped() {
        return malformedDatagrams + queueOverflows + rejected + traceLimitDrops;
    }
}
