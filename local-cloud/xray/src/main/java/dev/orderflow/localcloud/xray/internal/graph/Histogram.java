package dev.orderflow.localcloud.xray.internal.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.orderflow.localcloud.xray.internal.json.Json;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** Times in seconds counted per millisecond, written as X-Ray's [{Value, Count}] histograms. */
final class Histogram {

    private final TreeMap<Long, Integer> countsByMillis = new TreeMap<>();

    void add(double seconds) {
        countsByMillis.merge(Math.max(0, Math.round(seconds * 1000)), 1, Integer::sum);
    }

    ArrayNode toJson() {
        ArrayNode entries = Json.array();
        for (Map.Entry<Long, Integer> entry : countsByMillis.entrySet()) {
            entries.addObject()
                    .put("Value", BigDecimal.valueOf(entry.getKey(), 3))
                    .put("Count", entry.getValue());
        }
        return entries;
    }
}
