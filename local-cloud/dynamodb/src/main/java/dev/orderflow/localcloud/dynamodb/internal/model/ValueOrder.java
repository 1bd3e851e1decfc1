package dev.orderflow.localcloud.dynamodb.internal.model;

import java.util.Arrays;

/** DynamoDB's ordering of scalar values: numbers numerically, strings and binaries by (UTF-8) bytes. */
public final class ValueOrder {

    private ValueOrder() {
    }

    /** Compares two values of the same scalar type (S, N or B); other pairs are not ordered. */
    public static int compare(Value a, Value b) {
        if (a instanceof Value.N x && b instanceof Value.N y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof Value.S x && b instanceof Value.S y) {
            return compareStrings(x.value(), y.value());
        }
        if (a instanceof Value.B x && b instanceof Value.B y) {
            return Arrays.compareUnsigned(x.value(), y.value());
        }
        throw new IllegalArgumentException("not comparable: " + a.type() + " and " + b.type());
    }

    /** True when both are S, both N or both B: the pairs that {@code <}, {@code >}, BETWEEN accept. */
    public static boolean comparable(Value a, Value b) {
        return a != null && b != null && a.getClass() == b.getClass()
                && (a instanceof Value.N || a instanceof Value.S || a instanceof Value.B);
    }

    /** Code point order, which is the UTF-8 byte order DynamoDB sorts strings by. */
    public static int compareStrings(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
