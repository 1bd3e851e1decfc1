package dev.orderflow.localcloud.dynamodb.internal.store;

import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes items whose time-to-live attribute (epoch seconds) has passed. Like DynamoDB, values
 * more than five years in the past are ignored, and only numbers count.
 */
public final class TtlSweeper implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TtlSweeper.class.getName());
    private static final long FIVE_YEARS_SECONDS = 5L * 365 * 24 * 3600;

    private final Database database;
    private final ScheduledExecutorService timer;

    public TtlSweeper(Database database, Duration interval) {
        this.database = database;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "local-dynamodb-ttl");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(this::sweepSafely, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "TTL sweep failed; will retry", e);
        }
    }

    /** Deletes every expired item now; returns how many were deleted. */
    public int sweep() {
        int deleted = 0;
        long now = database.clock().instant().getEpochSecond();
        for (String name : database.tableNames()) {
            Table table = database.tableOrNull(name);
            String attribute = table == null ? null : table.definition().ttlAttribute();
            if (attribute == null) {
                continue;
            }
            List<Key> expired = new ArrayList<>();
            for (Map.Entry<Key, Map<String, Value>> e : table.data(null).entrySet()) {
                if (isExpired(e.getValue(), attribute, now)) {
                    expired.add(e.getKey());
                }
            }
            for (Key key : expired) {
                WriteResult r = database.expire(table, key,
                        current -> current != null && isExpired(current, attribute, now) ? null : current);
                deleted += r.before() != null && r.after() == null ? 1 : 0;
            }
        }
        return deleted;
    }

    static boolean isExpired(Map<String, Value> item, String attribute, long nowSeconds) {
        if (!(item.get(attribute) instanceof Value.N n)) {
            return false;
        }
        BigDecimal at = n.value();
        return at.compareTo(BigDecimal.valueOf(nowSeconds)) <= 0
                && at.compareTo(BigDecimal.valueOf(nowSeconds - FIVE_YEARS_SECONDS)) > 0;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
