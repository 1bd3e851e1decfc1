package dev.orderflow.localcloud.dynamodb.internal.store;

import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.ItemSize;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A table's items in key order, and one sorted map per secondary index pointing at the same
 * immutable items. Writes arrive through {@link Database}, which holds the item's lock.
 */
public final class Table {

    private volatile TableDefinition definition;
    private final ConcurrentSkipListMap<Key, Map<String, Value>> items = new ConcurrentSkipListMap<>();
    private final Map<String, ConcurrentSkipListMap<Key, Map<String, Value>>> indexes = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    Table(TableDefinition definition) {
        this.definition = definition;
        definition.indexes().forEach(i -> indexes.put(i.name(), new ConcurrentSkipListMap<>()));
    }

    public TableDefinition definition() {
        return definition;
    }

    void redefine(TableDefinition newDefinition) {
        this.definition = newDefinition;
    }

    public Key primaryKey(Map<String, Value> item) {
        KeySchema keys = definition.keys();
        return keys.hasRange() ? Key.of(item.get(keys.hashName()), item.get(keys.rangeName()))
                : Key.of(item.get(keys.hashName()));
    }

    public Map<String, Value> get(Key key) {
        return items.get(key);
    }

    public long itemCount() {
        return items.size();
    }

    public long sizeBytes() {
        return bytes.get();
    }

    public long indexItemCount(String indexName) {
        NavigableMap<Key, Map<String, Value>> data = indexes.get(indexName);
        return data == null ? 0 : data.size();
    }

    /** The sorted data of the table (indexName null) or of one of its indexes. */
    public NavigableMap<Key, Map<String, Value>> data(String indexName) {
        return indexName == null ? items : indexes.get(indexName);
    }

    /** Where an item sorts in an index, or null when it lacks the index's keys (sparse index). */
    public Key indexKey(IndexDefinition index, Map<String, Value> item) {
        KeySchema ik = index.keys();
        KeySchema tk = definition.keys();
        Value hash = item.get(ik.hashName());
        Value range = ik.hasRange() ? item.get(ik.rangeName()) : null;
        if (hash == null || !hash.type().equals(ik.hashType()) || (ik.hasRange()
                && (range == null || !range.type().equals(ik.rangeType())))) {
            return null;
        }
        Value th = item.get(tk.hashName());
        Value tr = tk.hasRange() ? item.get(tk.rangeName()) : null;
        if (ik.hasRange()) {
            return tr == null ? Key.of(hash, range, th) : Key.of(hash, range, th, tr);
        }
        return tr == null ? Key.of(hash, th) : Key.of(hash, th, tr);
    }

    /** The key attributes an index (or the table) reports in LastEvaluatedKey. */
    public Map<String, Value> keyAttributes(IndexDefinition index, Map<String, Value> item) {
        Map<String, Value> key = new LinkedHashMap<>();
        KeySchema tk = definition.keys();
        put(key, item, tk.hashName());
        put(key, item, tk.rangeName());
        if (index != null) {
            put(key, item, index.keys().hashName());
            put(key, item, index.keys().rangeName());
        }
        return key;
    }

    private static void put(Map<String, Value> key, Map<String, Value> item, String name) {
        if (name != null && item.get(name) != null) {
            key.put(name, item.get(name));
        }
    }

    /** Checks an item about to be written: index key types and the 400 KB size limit. */
    public void validateItem(Map<String, Value> item) {
        if (item != null) {
            validateIndexKeys(item);
        }
    }

    /** Rejects an item whose index key attributes have the wrong type or are empty, as DynamoDB does. */
    void validateIndexKeys(Map<String, Value> item) {
        for (IndexDefinition index : definition.indexes()) {
            checkIndexKey(index, index.keys().hashName(), index.keys().hashType(), item);
            if (index.keys().hasRange()) {
                checkIndexKey(index, index.keys().rangeName(), index.keys().rangeType(), item);
            }
        }
        if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
            throw DynamoDbError.validation("Item size has exceeded the maximum allowed size");
        }
    }

    private static void checkIndexKey(IndexDefinition index, String name, String type, Map<String, Value> item) {
        Value v = item.get(name);
        if (v == null) {
            return;
        }
        if (!v.type().equals(type)) {
            throw DynamoDbError.validation("One or more parameter values were invalid: Type mismatch for Index Key "
                    + name + " Expected: " + type + " Actual: " + v.type() + " IndexName: " + index.name());
        }
        if ((v instanceof Value.S s && s.value().isEmpty()) || (v instanceof Value.B b && b.value().length == 0)) {
            throw DynamoDbError.validation("One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty "
                    + (v instanceof Value.S ? "string" : "binary") + " value. IndexName: " + index.name() + ", IndexKey: " + name);
        }
    }

    /** Replaces the item at key (updated null deletes it), keeping every index in step. */
    void apply(Key key, Map<String, Value> old, Map<String, Value> updated) {
        for (IndexDefinition index : definition.indexes()) {
            ConcurrentSkipListMap<Key, Map<String, Value>> data = indexes.get(index.name());
            Key oldKey = old == null ? null : indexKey(index, old);
            Key newKey = updated == null ? null : indexKey(index, updated);
            if (oldKey != null && !oldKey.equals(newKey)) {
                data.remove(oldKey);
            }
            if (newKey != null) {
                data.put(newKey, updated);
            }
        }
        if (updated == null) {
            items.remove(key);
        } else {
            items.put(key, updated);
        }
        bytes.addAndGet((updated == null ? 0 : ItemSize.of(updated)) - (old == null ? 0 : ItemSize.of(old)));
    }

    /** Takes a changed definition: fills indexes it adds, drops those it removes. Caller holds every item lock. */
    void reconcile(TableDefinition newDefinition) {
        for (IndexDefinition index : newDefinition.indexes()) {
            if (definition.index(index.name()).isEmpty()) {
                addIndex(index, newDefinition);
            }
        }
        for (IndexDefinition index : definition.indexes()) {
            if (newDefinition.index(index.name()).isEmpty()) {
                removeIndex(index.name(), newDefinition);
            }
        }
        definition = newDefinition;
    }

    /** Adds an index and fills it from the items; the caller holds every item lock. */
    void addIndex(IndexDefinition index, TableDefinition newDefinition) {
        ConcurrentSkipListMap<Key, Map<String, Value>> data = new ConcurrentSkipListMap<>();
        for (Map<String, Value> item : items.values()) {
            Key key = indexKey(index, item);
            if (key != null) {
                data.put(key, item);
            }
        }
        indexes.put(index.name(), data);
        definition = newDefinition;
    }

    void removeIndex(String indexName, TableDefinition newDefinition) {
        definition = newDefinition;
        indexes.remove(indexName);
    }
}
