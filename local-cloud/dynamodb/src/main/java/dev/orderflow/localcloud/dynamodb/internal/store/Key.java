package dev.orderflow.localcloud.dynamodb.internal.store;

import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.model.ValueOrder;
import java.util.Arrays;

/**
 * A sort key of a table or index: key values compared in order. A key built as a prefix with a
 * bound sorts before (-1) or after (+1) every key that extends it, which gives Query its ranges.
 */
public final class Key implements Comparable<Key> {

    private final Value[] parts;
    private final int bound;
    private final int hash;

    private Key(Value[] parts, int bound) {
        this.parts = parts;
        this.bound = bound;
        this.hash = Arrays.hashCode(parts);
    }

    public static Key of(Value... parts) {
        return new Key(parts, 0);
    }

    public static Key before(Value... prefix) {
        return new Key(prefix, -1);
    }

    public static Key after(Value... prefix) {
        return new Key(prefix, 1);
    }

    public Value part(int i) {
        return parts[i];
    }

    @Override
    public int compareTo(Key other) {
        int n = Math.min(parts.length, other.parts.length);
        for (int i = 0; i < n; i++) {
            int c = ValueOrder.compare(parts[i], other.parts[i]);
            if (c != 0) {
                return c;
            }
        }
        if (parts.length == other.parts.length) {
            return Integer.compare(bound, other.bound);
        }
        return parts.length < other.parts.length ? (bound == 0 ? -1 : bound) : (other.bound == 0 ? 1 : -other.bound);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Key k && bound == k.bound && Arrays.equals(parts, k.parts);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return Arrays.toString(parts);
    }
}
