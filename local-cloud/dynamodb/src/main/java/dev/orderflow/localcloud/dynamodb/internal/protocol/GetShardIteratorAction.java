package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.store.ChangeStream;
import dev.orderflow.localcloud.dynamodb.internal.store.StreamRegistry;
import java.io.IOException;

/** Streams GetShardIterator: TRIM_HORIZON, LATEST, AT_ / AFTER_SEQUENCE_NUMBER. */
final class GetShardIteratorAction implements Action {

    private final StreamRegistry streams;

    GetShardIteratorAction(StreamRegistry streams) {
        this.streams = streams;
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        ChangeStream s = DescribeStreamAction.stream(streams, Requests.requiredText(request, "StreamArn", "streamArn"));
        String shard = Requests.requiredText(request, "ShardId", "shardId");
        if (!shard.equals(s.shardId())) {
            throw DynamoDbError.resourceNotFound("Requested resource not found: Shard does not exist");
        }
        String type = Requests.requiredText(request, "ShardIteratorType", "shardIteratorType");
        long position;
        switch (type) {
            case "TRIM_HORIZON": position = s.firstSequence(); break;
            case "LATEST": position = s.nextSequence(); break;
            case "AT_SEQUENCE_NUMBER": position = sequence(request); break;
            case "AFTER_SEQUENCE_NUMBER": position = sequence(request) + 1; break;
            default:
                throw Requests.constraint(type, "shardIteratorType",
                        "Member must satisfy enum value set: [AFTER_SEQUENCE_NUMBER, LATEST, AT_SEQUENCE_NUMBER, TRIM_HORIZON]");
        }
        GetRecordsAction.checkNotTrimmed(s, position);
        out.writeStartObject();
        out.writeStringField("ShardIterator", new ShardIterators(s.arn(), shard, position).encode());
        out.writeEndObject();
    }

    private static long sequence(JsonNode request) {
        String text = Requests.requiredText(request, "SequenceNumber", "sequenceNumber");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw DynamoDbError.validation("Invalid SequenceNumber: " + text);
        }
    }
}
