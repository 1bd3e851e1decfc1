package dev.orderflow.localcloud.dynamodb.internal.store;

import java.util.List;

/** A global or local secondary index: its key and which attributes it projects. */
public record IndexDefinition(String name, boolean global, KeySchema keys, String projectionType,
                              List<String> nonKeyAttributes, long readCapacity, long writeCapacity) {

    public IndexDefinition {
        nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
    }
}
