package dev.orderflow.localcloud.trace;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

/** X-Ray identifiers: {@code 1-<8 hex epoch seconds>-<24 hex>} trace ids and 16-hex segment ids. */
public final class TraceIds {

    private static final Clock CLOCK = Clock.systemUTC();

    private TraceIds() {
    }

    public static String newTraceId() {
        long epochSeconds = CLOCK.instant().getEpochSecond();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("1-%08x-%08x%016x", epochSeconds, random.nextInt(), random.nextLong());
    }

    public static String newSegmentId() {
        return String.format("%016x", ThreadLocalRandom.current().nextLong());
    }
}
