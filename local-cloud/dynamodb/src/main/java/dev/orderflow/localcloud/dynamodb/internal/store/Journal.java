package dev.orderflow.localcloud.dynamodb.internal.store;

import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.io.Closeable;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where changes are made durable before they are acknowledged. In memory, nothing is written. */
public interface Journal extends Closeable {

    /** One item written (item) or deleted (item null, key given). */
    record Mutation(String table, Map<String, Value> key, Map<String, Value> item) {
    }

    /** Records item writes that must be replayed together (one write, or one whole transaction). */
    void items(List<Mutation> mutations);

    /** Records a created or changed table definition. */
    void table(TableDefinition definition);

    void tableDeleted(String name);

    /** True when the journal has grown enough to be worth rewriting with {@link #compact}. */
    default boolean wantsCompaction() {
        return false;
    }

    /** Rewrites the journal as just the given state, when the store supports it. */
    default void compact(Collection<Table> tables) {
    }

    @Override
    default void close() {
    }

    Journal NONE = new Journal() {
        public void items(List<Mutation> mutations) {
        }

        public void table(TableDefinition definition) {
        }

        public void tableDeleted(String name) {
        }
    };
}
