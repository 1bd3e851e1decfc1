package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.store.ChangeStream;
import dev.orderflow.localcloud.dynamodb.internal.store.StreamRegistry;
import java.io.IOException;

/** Streams DescribeStream: one shard per stream, closed once the stream is disabled. */
final class DescribeStreamAction implements Action {

    private final StreamRegistry streams;

    DescribeStreamAction(StreamRegistry streams) {
        this.streams = streams;
    }

    static ChangeStream stream(StreamRegistry streams, String arn) {
        ChangeStream stream = arn == null ? null : streams.byArn(arn);
        if (stream == null) {
            throw DynamoDbError.resourceNotFound("Requested resource not found: Stream: " + arn + " not found");
        }
        return stream;
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        ChangeStream s = stream(streams, Requests.requiredText(request, "StreamArn", "streamArn"));
        out.writeStartObject();
        out.writeObjectFieldStart("StreamDescription");
        out.writeStringField("StreamArn", s.arn());
        out.writeStringField("StreamLabel", s.spec().label());
        out.writeStringField("StreamStatus", s.isOpen() ? "ENABLED" : "DISABLED");
        out.writeStringField("StreamViewType", s.spec().viewType());
        out.writeNumberField("CreationRequestDateTime", s.spec().createdMillis() / 1000.0);
        out.writeStringField("TableName", s.tableName());
        out.writeArrayFieldStart("KeySchema");
        keyElement(out, s.keys().hashName(), "HASH");
        if (s.keys().hasRange()) {
            keyElement(out, s.keys().rangeName(), "RANGE");
        }
        out.writeEndArray();
        out.writeArrayFieldStart("Shards");
        out.writeStartObject();
        out.writeStringField("ShardId", s.shardId());
        out.writeObjectFieldStart("SequenceNumberRange");
        out.writeStringField("StartingSequenceNumber", String.format("%021d", s.firstSequence()));
        if (!s.isOpen()) {
            out.writeStringField("EndingSequenceNumber", String.format("%021d", Math.max(s.firstSequence(), s.nextSequence() - 1)));
        }
        out.writeEndObject();
        out.writeEndObject();
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void keyElement(JsonGenerator out, String name, String type) throws IOException {
        out.writeStartObject();
        out.writeStringField("AttributeName", name);
        out.writeStringField("KeyType", type);
        out.writeEndObject();
    }
}
