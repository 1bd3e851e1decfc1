package dev.orderflow.localcloud.dynamodb.internal.store;

import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.util.Map;

/**
 * One change of one item as a stream shows it: INSERT, MODIFY or REMOVE, its keys, and the
 * images the stream's view type asks for (null when not carried).
 */
public record StreamRecord(long sequence, String eventName, long createdMillis, Map<String, Value> keys,
                           Map<String, Value> newImage, Map<String, Value> oldImage, int sizeBytes,
                           boolean byTimeToLive) {

    /** DynamoDB's sequence numbers are decimal strings; zero-padded so that they also sort as text. */
    public String sequenceNumber() {
        return String.format("%021d", sequence);
    }
}
