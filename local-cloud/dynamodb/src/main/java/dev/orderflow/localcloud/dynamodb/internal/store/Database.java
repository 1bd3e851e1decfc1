package dev.orderflow.localcloud.dynamodb.internal.store;

import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError.CancellationReason;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tables, and the only way to change them: every item write runs under the item's lock,
 * is journaled, then applied; a transaction locks all its items, checks all, then writes all.
 */
public final class Database implements Closeable {

    private final Map<String, Table> tables = new ConcurrentHashMap<>();
    private final StripedLocks locks = new StripedLocks();
    private final Clock clock;
    private final StreamRegistry streams;
    private Journal journal = Journal.NONE;

    private Database(Clock clock) {
        this.clock = clock;
        this.streams = new StreamRegistry(clock);
    }

    public static Database inMemory(Clock clock) {
        return new Database(clock);
    }

    /** Opens a database kept in dir: replays its log, then compacts it. */
    public static Database open(Path dir, boolean syncEveryWrite, Clock clock) throws IOException {
        return open(dir, syncEveryWrite, clock, WriteAheadLog.DEFAULT_COMPACT_AFTER_BYTES);
    }

    /** As {@link #open(Path, boolean, Clock)}, compacting the log again once this much was appended. */
    static Database open(Path dir, boolean syncEveryWrite, Clock clock, long compactAfterBytes) throws IOException {
        Database db = new Database(clock);
        WriteAheadLog log = WriteAheadLog.open(dir, syncEveryWrite, compactAfterBytes, new LogReplay(db.tables));
        log.compact(db.tables.values());
        db.tables.values().forEach(t -> db.streams.sync(t.definition()));
        db.journal = log;
        return db;
    }

    public Clock clock() {
        return clock;
    }

    public StreamRegistry streams() {
        return streams;
    }

    public Table table(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw DynamoDbError.tableNotFound();
        }
        return table;
    }

    public Table tableOrNull(String name) {
        return tables.get(name);
    }

    public List<String> tableNames() {
        List<String> names = new ArrayList<>(tables.keySet());
        names.sort(String::compareTo);
        return names;
    }

    public synchronized Table createTable(TableDefinition definition) {
        if (tables.containsKey(definition.name())) {
            throw DynamoDbError.resourceInUse("Table already exists: " + definition.name());
        }
        journal.table(definition);
        Table table = new Table(definition);
        tables.put(definition.name(), table);
        streams.sync(definition);
        return table;
    }

    public synchronized Table deleteTable(String name) {
        Table table = table(name);
        journal.tableDeleted(name);
        tables.remove(name);
        streams.tableDeleted(name);
        return table;
    }

    /** Changes a table's definition; new indexes are filled while every item lock is held. */
    public synchronized void redefine(Table table, TableDefinition definition) {
        TreeSet<Integer> all = locks.lockEverything();
        try {
            journal.table(definition);
            table.reconcile(definition);
            streams.sync(definition);
        } finally {
            locks.unlockAll(all);
        }
    }

    /** Reads, changes and writes one item atomically. */
    public WriteResult write(Table table, Key key, ItemChange change) {
        return write(table, key, change, false);
    }

    /** A write by the TTL process (its stream record says so). */
    WriteResult expire(Table table, Key key, ItemChange change) {
        return write(table, key, change, true);
    }

    private WriteResult write(Table table, Key key, ItemChange change, boolean byTimeToLive) {
        int stripe = locks.stripe(table.definition().name(), key);
        locks.lock(stripe);
        try {
            Map<String, Value> before = table.get(key);
            Map<String, Value> after = change.apply(before);
            if (after != before) {
                if (after != null) {
                    table.validateIndexKeys(after);
                }
                journal.items(List.of(new Journal.Mutation(table.definition().name(), keyOf(table, before, after), after)));
                table.apply(key, before, after);
                streams.record(table, before, after, byTimeToLive);
            }
            return new WriteResult(before, after);
        } finally {
            locks.unlock(stripe);
            compactIfDue();
        }
    }

    /** Rewrites a grown log as a snapshot, with every item lock held so that no write slips between. */
    private void compactIfDue() {
        if (journal.wantsCompaction()) {
            synchronized (this) {
                if (journal.wantsCompaction()) {
                    TreeSet<Integer> all = locks.lockEverything();
                    try {
                        journal.compact(tables.values());
                    } finally {
                        locks.unlockAll(all);
                    }
                }
            }
        }
    }

    /** All or nothing: every change is checked with every item locked, then all are written. */
    public List<WriteResult> transact(List<TransactionWrite> writes) {
        List<Integer> stripes = new ArrayList<>();
        writes.forEach(w -> stripes.add(locks.stripe(w.table().definition().name(), w.key())));
        TreeSet<Integer> held = locks.lockAll(stripes);
        try {
            List<WriteResult> results = new ArrayList<>();
            List<CancellationReason> reasons = new ArrayList<>();
            boolean cancelled = false;
            for (TransactionWrite w : writes) {
                Map<String, Value> before = w.table().get(w.key());
                try {
                    Map<String, Value> after = w.change().apply(before);
                    if (after != null && after != before) {
                        w.table().validateIndexKeys(after);
                    }
                    results.add(new WriteResult(before, after));
                    reasons.add(CancellationReason.NONE);
                } catch (DynamoDbError e) {
                    cancelled = true;
                    reasons.add(CancellationReason.of(e));
                }
            }
            if (cancelled) {
                throw DynamoDbError.transactionCanceled(reasons);
            }
            commit(writes, results);
            return results;
        } finally {
            locks.unlockAll(held);
            compactIfDue();
        }
    }

    private void commit(List<TransactionWrite> writes, List<WriteResult> results) {
        List<Journal.Mutation> mutations = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
            WriteResult r = results.get(i);
            if (r.after() != r.before()) {
                Table table = writes.get(i).table();
                mutations.add(new Journal.Mutation(table.definition().name(), keyOf(table, r.before(), r.after()), r.after()));
            }
        }
        if (!mutations.isEmpty()) {
            journal.items(mutations);
        }
        for (int i = 0; i < writes.size(); i++) {
            WriteResult r = results.get(i);
            if (r.after() != r.before()) {
                writes.get(i).table().apply(writes.get(i).key(), r.before(), r.after());
                streams.record(writes.get(i).table(), r.before(), r.after(), false);
            }
        }
    }

    /** Reads several items as of one instant (TransactGetItems). */
    public List<Map<String, Value>> readTogether(List<Table> inTables, List<Key> keys) {
        List<Integer> stripes = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            stripes.add(locks.stripe(inTables.get(i).definition().name(), keys.get(i)));
        }
        TreeSet<Integer> held = locks.lockAll(stripes);
        try {
            List<Map<String, Value>> items = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                items.add(inTables.get(i).get(keys.get(i)));
            }
            return items;
        } finally {
            locks.unlockAll(held);
        }
    }

    private static Map<String, Value> keyOf(Table table, Map<String, Value> before, Map<String, Value> after) {
        return table.keyAttributes(null, after != null ? after : before);
    }

    @Override
    public void close() {
        journal.close();
    }
}
