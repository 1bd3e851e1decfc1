package dev.orderflow.localcloud.dynamodb.internal.store;

import java.util.Map;

/** Rebuilds the tables from the write-ahead log's records, in order. */
final class LogReplay implements WriteAheadLog.Replay {

    private final Map<String, Table> tables;

    LogReplay(Map<String, Table> tables) {
        this.tables = tables;
    }

    @Override
    public void define(TableDefinition definition) {
        Table existing = tables.get(definition.name());
        if (existing == null || !existing.definition().id().equals(definition.id())) {
            tables.put(definition.name(), new Table(definition));
        } else {
            existing.reconcile(definition);
        }
    }

    @Override
    public void drop(String table) {
        tables.remove(table);
    }

    @Override
    public void apply(Journal.Mutation m) {
        Table table = tables.get(m.table());
        if (table != null) {
            Key key = table.primaryKey(m.item() != null ? m.item() : m.key());
            table.apply(key, table.get(key), m.item());
        }
    }
}
