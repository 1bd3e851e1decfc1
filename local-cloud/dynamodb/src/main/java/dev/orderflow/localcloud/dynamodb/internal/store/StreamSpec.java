package dev.orderflow.localcloud.dynamodb.internal.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A table's enabled stream: what its records carry (StreamViewType) and its label (creation time). */
public record StreamSpec(String viewType, String label, long createdMillis) {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    public static StreamSpec enabled(String viewType, long nowMillis) {
        return new StreamSpec(viewType, LABEL.format(Instant.ofEpochMilli(nowMillis)), nowMillis);
    }

    public String arn(String tableName) {
        return "arn:aws:dynamodb:us-east-1:000000000000:table/" + tableName + "/stream/" + label;
    }
}
