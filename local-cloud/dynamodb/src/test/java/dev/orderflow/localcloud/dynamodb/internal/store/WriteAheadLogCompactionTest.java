package dev.orderflow.localcloud.dynamodb.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long-running database rewrites its log when it grows, and loses nothing doing so. */
class WriteAheadLogCompactionTest {

    @TempDir
    Path dir;

    private static TableDefinition counters() {
        return new TableDefinition("counters", "id-1", new KeySchema("pk", "S", null, null), Map.of("pk", "S"),
                List.of(), "PAY_PER_REQUEST", 0, 0, 0, null, null);
    }

    private static Map<String, Value> counter(int key, int value) {
        return Map.of("pk", new Value.S("k" + key), "n", new Value.N(BigDecimal.valueOf(value)));
    }

    @Test
    void shouldCompactWhileRunningAndKeepTheLatestValues() throws Exception {
        Path log = dir.resolve(WriteAheadLog.FILE_NAME);
        try (Database db = Database.open(dir, false, Clock.systemUTC(), 8 * 1024)) {
            Table table = db.createTable(counters());
            for (int round = 0; round < 500; round++) {
                for (int key = 0; key < 10; key++) {
                    int value = round;
                    int k = key;
                    db.write(table, Key.of(new Value.S("k" + k)), current -> counter(k, value));
                }
            }
            // 5,000 writes of ~60 bytes would be ~300 KB without compaction.
            assertThat(Files.size(log)).isLessThan(40 * 1024);
        }
        try (Database db = Database.open(dir, false, Clock.systemUTC())) {
            Table table = db.table("counters");
            assertThat(table.itemCount()).isEqualTo(10);
            for (int key = 0; key < 10; key++) {
                assertThat(table.get(Key.of(new Value.S("k" + key)))).isEqualTo(counter(key, 499));
            }
        }
    }
}
