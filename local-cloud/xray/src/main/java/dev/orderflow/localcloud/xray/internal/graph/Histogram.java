package dev.orderflow.localcloud.xray.internal.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.orderflow.localcloud.xray.internal.json.Json;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Times in seconds counted per millisecond, written as X-Ray's [{Value, Count}] histograms. Values
 * are appended and only sorted and counted when written: adding stays cheap over many traces.
 */
final class Histogram {

    private long[] millis = new long[16];
    private int size;

    void add(double seconds) {
        if (size == millis.length) {
            millis = Arrays.copyOf(millis, size * 2);
        }
        millis[size++] = Math.max(0, Math.round(seconds * 1000));
    }

    ArrayNode toJson() {
        long[] sorted = Arrays.copyOf(millis, size);
        Arrays.sort(sorted);
        ArrayNode entries = Json.array();
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            entries.addObject().put("Value", BigDecimal.valueOf(sorted[i], 3)).put("Count", j - i);
            i = j;
        }
        return entries;
    }
}
