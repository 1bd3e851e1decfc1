package dev.orderflow.localcloud.dynamodb.internal.model;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Item size as DynamoDB counts it (names plus values, in bytes), for the 400 KB limit and capacity. */
public final class ItemSize {

    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private ItemSize() {
    }

    public static int of(Map<String, Value> item) {
        int size = 0;
        for (Map.Entry<String, Value> e : item.entrySet()) {
            size += utf8(e.getKey()) + of(e.getValue());
        }
        return size;
    }

    public static int of(Value value) {
        if (value instanceof Value.S s) {
            return utf8(s.value());
        }
        if (value instanceof Value.N n) {
            return number(n.value());
        }
        if (value instanceof Value.B b) {
            return b.value().length;
        }
        if (value instanceof Value.M m) {
            return 3 + of(m.value()) + m.value().size();
        }
        if (value instanceof Value.L l) {
            int size = 3 + l.value().size();
            for (Value v : l.value()) {
                size += of(v);
            }
            return size;
        }
        return setOrFlag(value);
    }

    private static int setOrFlag(Value value) {
        int size = 0;
        if (value instanceof Value.SS ss) {
            for (String s : ss.value()) {
                size += utf8(s);
            }
        } else if (value instanceof Value.NS ns) {
            for (BigDecimal n : ns.value()) {
                size += number(n);
            }
        } else if (value instanceof Value.BS bs) {
            for (Value.Bytes b : bs.value()) {
                size += b.value().length;
            }
        } else {
            size = 1;
        }
        return size;
    }

    private static int number(BigDecimal n) {
        return (n.precision() + 1) / 2 + 1;
    }

    private static int utf8(String s) {
        int ascii = s.length();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return ascii;
    }
}
