package dev.orderflow.localcloud.dynamodb.internal.store;

import dev.orderflow.localcloud.dynamodb.internal.model.ItemSize;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The stream of one table (one shard): records appended under the item's lock, so each item's
 * changes are in order. Kept in memory, the newest 100,000 records (DynamoDB keeps 24 hours).
 */
public final class ChangeStream {

    private static final int RETAINED = 100_000;

    private final String tableName;
    private final KeySchema keys;
    private final StreamSpec spec;
    private final ArrayDeque<StreamRecord> records = new ArrayDeque<>();
    private long nextSequence;
    private volatile boolean open = true;

    ChangeStream(String tableName, KeySchema keys, StreamSpec spec, long nowMillis) {
        this.tableName = tableName;
        this.keys = keys;
        this.spec = spec;
        // Sequence numbers keep growing across restarts (records themselves are not kept).
        this.nextSequence = nowMillis * 1000;
    }

    public String arn() {
        return spec.arn(tableName);
    }

    public String tableName() {
        return tableName;
    }

    public KeySchema keys() {
        return keys;
    }

    public StreamSpec spec() {
        return spec;
    }

    public String shardId() {
        return String.format("shardId-%020d-%08x", spec.createdMillis(), arn().hashCode());
    }

    /** False once the table's stream was disabled or the table deleted: the shard is closed. */
    public boolean isOpen() {
        return open;
    }

    void close() {
        open = false;
    }

    synchronized void append(Map<String, Value> key, Map<String, Value> before, Map<String, Value> after,
                             long nowMillis, boolean byTimeToLive) {
        String view = spec.viewType();
        boolean withNew = view.equals("NEW_IMAGE") || view.equals("NEW_AND_OLD_IMAGES");
        boolean withOld = view.equals("OLD_IMAGE") || view.equals("NEW_AND_OLD_IMAGES");
        Map<String, Value> newImage = withNew ? after : null;
        Map<String, Value> oldImage = withOld ? before : null;
        int size = ItemSize.of(key) + (newImage == null ? 0 : ItemSize.of(newImage)) + (oldImage == null ? 0 : ItemSize.of(oldImage));
        String event = before == null ? "INSERT" : after == null ? "REMOVE" : "MODIFY";
        records.addLast(new StreamRecord(nextSequence++, event, nowMillis, key, newImage, oldImage, size, byTimeToLive));
        if (records.size() > RETAINED) {
            records.removeFirst();
        }
    }

    /** The sequence of the oldest retained record (or the next to come when none is retained). */
    public synchronized long firstSequence() {
        return records.isEmpty() ? nextSequence : records.peekFirst().sequence();
    }

    public synchronized long nextSequence() {
        return nextSequence;
    }

    /** Up to limit records with sequence >= from, in order. */
    public synchronized List<StreamRecord> read(long from, int limit) {
        List<StreamRecord> out = new ArrayList<>();
        Iterator<StreamRecord> it = records.iterator();
        while (it.hasNext() && out.size() < limit) {
            StreamRecord r = it.next();
            if (r.sequence() >= from) {
                out.add(r);
            }
        }
        return out;
    }
}
