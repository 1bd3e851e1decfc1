package dev.orderflow.localcloud.dynamodb.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything about a table except its items. Immutable: changes make a new definition. */
public record TableDefinition(String name, String id, KeySchema keys, Map<String, String> attributeTypes,
                              List<IndexDefinition> indexes, String billingMode, long readCapacity,
                              long writeCapacity, long createdMillis, String ttlAttribute, StreamSpec stream) {

    public TableDefinition {
        attributeTypes = Map.copyOf(attributeTypes);
        indexes = List.copyOf(indexes);
    }

    public Optional<IndexDefinition> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    public TableDefinition withTtl(String attribute) {
        return new TableDefinition(name, id, keys, attributeTypes, indexes, billingMode, readCapacity,
                writeCapacity, createdMillis, attribute, stream);
    }

    public TableDefinition withIndex(IndexDefinition index, Map<String, String> moreTypes) {
        List<IndexDefinition> all = new ArrayList<>(indexes);
        all.add(index);
        Map<String, String> types = new java.util.HashMap<>(attributeTypes);
        types.putAll(moreTypes);
        return new TableDefinition(name, id, keys, types, all, billingMode, readCapacity, writeCapacity,
                createdMillis, ttlAttribute, stream);
    }

    public TableDefinition withoutIndex(String indexName) {
        List<IndexDefinition> rest = new ArrayList<>(indexes);
        rest.removeIf(i -> i.name().equals(indexName));
        return new TableDefinition(name, id, keys, attributeTypes, rest, billingMode, readCapacity,
                writeCapacity, createdMillis, ttlAttribute, stream);
    }

    public TableDefinition withThroughput(String mode, long read, long write) {
        return new TableDefinition(name, id, keys, attributeTypes, indexes, mode, read, write, createdMillis,
                ttlAttribute, stream);
    }

    /** Enables (a new stream, new label) or disables (null) the table's stream. */
    public TableDefinition withStream(StreamSpec newStream) {
        return new TableDefinition(name, id, keys, attributeTypes, indexes, billingMode, readCapacity,
                writeCapacity, createdMillis, ttlAttribute, newStream);
    }

    public String arn() {
        return "arn:aws:dynamodb:us-east-1:000000000000:table/" + name;
    }
}
