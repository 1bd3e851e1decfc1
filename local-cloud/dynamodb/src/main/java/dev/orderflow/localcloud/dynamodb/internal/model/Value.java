package dev.orderflow.localcloud.dynamodb.internal.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One DynamoDB attribute value. Instances are immutable; an item is a {@code Map<String, Value>}. */
public sealed interface Value {

    /** The DynamoDB type descriptor: S, N, B, BOOL, NULL, M, L, SS, NS or BS. */
    String type();

    record S(String value) implements Value {
        public String type() {
            return "S";
        }
    }

    /** A number, validated and normalised by {@link Numbers} (no trailing zeros). */
    record N(BigDecimal value) implements Value {
        public String type() {
            return "N";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof N n && n.value.compareTo(value) == 0;
        }

        @Override
        public int hashCode() {
            return value.stripTrailingZeros().hashCode();
        }
    }

    record B(byte[] value) implements Value {
        public String type() {
            return "B";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof B b && Arrays.equals(b.value, value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }
    }

    record Bool(boolean value) implements Value {
        public String type() {
            return "BOOL";
        }
    }

    record Null() implements Value {
        public String type() {
            return "NULL";
        }
    }

    record M(Map<String, Value> value) implements Value {
        public String type() {
            return "M";
        }
    }

    record L(List<Value> value) implements Value {
        public String type() {
            return "L";
        }
    }

    record SS(Set<String> value) implements Value {
        public String type() {
            return "SS";
        }
    }

    record NS(Set<BigDecimal> value) implements Value {
        public String type() {
            return "NS";
        }
    }

    /** Binary set; members are wrapped so that set membership compares contents. */
    record BS(Set<Bytes> value) implements Value {
        public String type() {
            return "BS";
        }
    }

    /** A byte array with value equality, for binary sets. */
    record Bytes(byte[] value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(b.value, value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }
    }
}
