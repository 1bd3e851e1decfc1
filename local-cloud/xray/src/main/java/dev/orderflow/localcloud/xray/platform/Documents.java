package dev.orderflow.localcloud.xray.platform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** Shared pieces of the platform documents. */
final class Documents {

    private Documents() {
    }

    /** Epoch seconds with microseconds, written plainly. */
    static BigDecimal seconds(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond())
                .add(BigDecimal.valueOf(instant.getNano(), 9))
                .setScale(6, RoundingMode.HALF_UP);
    }

    static ObjectNode entity(String id, String name, Instant start, Instant end) {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("name", name);
        json.put("start_time", seconds(start));
        json.put("end_time", seconds(end));
        return json;
    }

    /** error for 4xx, throttle (and error) for 429, fault for 5xx, as the X-Ray SDKs set them. */
    static void flagsFromStatus(ObjectNode entity, int status) {
        if (status == 429) {
            entity.put("error", true);
            entity.put("throttle", true);
        } else if (status >= 400 && status < 500) {
            entity.put("error", true);
        } else if (status >= 500) {
            entity.put("fault", true);
        }
    }

    static SegmentDocument document(ObjectNode json) {
        return new SegmentDocument(json.path("id").asText(), json.path("trace_id").asText(), Json.text(json));
    }

    static <T> T required(T value, String name) {
        if (value == null || (value instanceof String && ((String) value).isEmpty())) {
            throw new IllegalStateException(name + " is required");
        }
        return value;
    }

    static void order(Instant earlier, Instant later, String earlierName, String laterName) {
        if (later.isBefore(earlier)) {
            throw new IllegalStateException(laterName + " is before " + earlierName);
        }
    }
}
