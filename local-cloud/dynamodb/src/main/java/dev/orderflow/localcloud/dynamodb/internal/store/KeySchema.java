package dev.orderflow.localcloud.dynamodb.internal.store;

import dev.orderflow.localcloud.dynamodb.internal.expr.KeyCondition;

/** The key attributes of a table or an index: a partition (HASH) key and an optional sort (RANGE) key. */
public record KeySchema(String hashName, String hashType, String rangeName, String rangeType) {

    public boolean hasRange() {
        return rangeName != null;
    }

    public boolean isKeyAttribute(String name) {
        return name.equals(hashName) || name.equals(rangeName);
    }

    public KeyCondition.Schema toConditionSchema() {
        return new KeyCondition.Schema(hashName, hashType, rangeName, rangeType);
    }
}
