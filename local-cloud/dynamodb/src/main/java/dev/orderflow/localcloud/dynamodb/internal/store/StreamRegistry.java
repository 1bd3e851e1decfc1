package dev.orderflow.localcloud.dynamodb.internal.store;

import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Every table's streams by ARN, the current one of each table, and recording of item changes. */
public final class StreamRegistry {

    private final Map<String, ChangeStream> byArn = new ConcurrentHashMap<>();
    private final Map<String, ChangeStream> current = new ConcurrentHashMap<>();
    private final Clock clock;

    StreamRegistry(Clock clock) {
        this.clock = clock;
    }

    /** Opens or closes the table's stream to match its definition. */
    void sync(TableDefinition definition) {
        ChangeStream existing = current.get(definition.name());
        StreamSpec spec = definition.stream();
        if (existing != null && (spec == null || !existing.spec().equals(spec))) {
            existing.close();
            current.remove(definition.name());
        }
        if (spec != null && !current.containsKey(definition.name())) {
            ChangeStream stream = new ChangeStream(definition.name(), definition.keys(), spec, clock.millis());
            current.put(definition.name(), stream);
            byArn.put(stream.arn(), stream);
        }
    }

    void tableDeleted(String name) {
        ChangeStream stream = current.remove(name);
        if (stream != null) {
            stream.close();
        }
    }

    /** Records a change of an item (called with the item's lock held); unchanged items make no record. */
    void record(Table table, Map<String, Value> before, Map<String, Value> after, boolean byTimeToLive) {
        ChangeStream stream = current.get(table.definition().name());
        if (stream != null && !Objects.equals(before, after)) {
            Map<String, Value> key = table.keyAttributes(null, after != null ? after : before);
            stream.append(key, before, after, clock.millis(), byTimeToLive);
        }
    }

    public ChangeStream byArn(String arn) {
        return byArn.get(arn);
    }

    /** The current (enabled) stream of a table, or null. */
    public ChangeStream currentOf(String table) {
        return current.get(table);
    }

    /** Every stream, optionally of one table, ordered by ARN. */
    public List<ChangeStream> list(String tableName) {
        List<ChangeStream> out = new ArrayList<>();
        byArn.values().forEach(s -> {
            if (tableName == null || s.tableName().equals(tableName)) {
                out.add(s);
            }
        });
        out.sort((a, b) -> a.arn().compareTo(b.arn()));
        return out;
    }
}
