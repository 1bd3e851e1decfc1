package dev.orderflow.localcloud.dynamodb.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Sort keys order like DynamoDB, and prefix bounds bracket exactly the keys they prefix. */
class KeyTest {

    private static Value s(String v) {
        return new Value.S(v);
    }

    private static Value n(String v) {
        return new Value.N(new BigDecimal(v));
    }

    @Test
    void shouldOrderNumbersNumericallyAndStringsByUtf8Bytes() {
        TreeSet<Key> keys = new TreeSet<>(List.of(Key.of(n("10")), Key.of(n("9.5")), Key.of(n("-1"))));
        assertThat(keys).extracting(k -> k.part(0)).containsExactly(n("-1"), n("9.5"), n("10"));
        // U+FF5E sorts before U+1F600 in UTF-8 (and code points), though not in UTF-16 units.
        assertThat(Key.of(s("\uFF5E")).compareTo(Key.of(s("\uD83D\uDE00")))).isNegative();
    }

    @Test
    void shouldBracketAPartitionWithPrefixBounds() {
        TreeSet<Key> keys = new TreeSet<>(List.of(Key.of(s("a"), s("1")), Key.of(s("b"), s("1")), Key.of(s("b"), s("2")),
                Key.of(s("c"), s("0"))));
        assertThat(keys.subSet(Key.before(s("b")), true, Key.after(s("b")), true)).hasSize(2);
        assertThat(keys.subSet(Key.after(s("b"), s("1")), true, Key.after(s("b")), true)).containsExactly(Key.of(s("b"), s("2")));
    }
}
