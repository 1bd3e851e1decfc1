package dev.orderflow.localcloud.xray.platform;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** X-Ray identifiers: trace ids {@code 1-<8 hex epoch seconds>-<24 hex>} and 16-hex segment ids. */
public final class SegmentIds {

    private SegmentIds() {
    }

    public static String newTraceId(Instant now) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("1-%08x-%08x%016x", now.getEpochSecond(), random.nextInt(), random.nextLong());
    }

    public static String newTraceId() {
        return newTraceId(Instant.now());
    }

    public static String newSegmentId() {
        long id;
        do {
            id = ThreadLocalRandom.current().nextLong();
        } while (id == 0);
        return String.format("%016x", id);
    }

    /** {@code Root=...;Parent=...;Sampled=1|0}: the header handed to the next hop. */
    public static String traceHeader(String traceId, String parentId, boolean sampled) {
        return "Root=" + traceId + ";Parent=" + parentId + ";Sampled=" + (sampled ? "1" : "0");
    }
}
