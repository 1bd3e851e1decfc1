package dev.orderflow.localcloud.dynamodb.internal.protocol;

import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A shard iterator is the stream, the shard and the next sequence number, encoded opaquely. */
record ShardIterators(String streamArn, String shardId, long position) {

    String encode() {
        String raw = streamArn + "|" + shardId + "|" + position;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static ShardIterators decode(String iterator) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(iterator), StandardCharsets.UTF_8);
            int last = raw.lastIndexOf('|');
            int middle = raw.lastIndexOf('|', last - 1);
            return new ShardIterators(raw.substring(0, middle), raw.substring(middle + 1, last),
                    Long.parseLong(raw.substring(last + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw DynamoDbError.validation("Invalid ShardIterator");
        }
    }
}
