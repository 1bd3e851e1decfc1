package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.store.ChangeStream;
import dev.orderflow.localcloud.dynamodb.internal.store.StreamRecord;
import dev.orderflow.localcloud.dynamodb.internal.store.StreamRegistry;
import java.io.IOException;
import java.util.List;

/** Streams GetRecords: records in order from the iterator's position, and the next iterator. */
final class GetRecordsAction implements Action {

    private final StreamRegistry streams;

    GetRecordsAction(StreamRegistry streams) {
        this.streams = streams;
    }

    static void checkNotTrimmed(ChangeStream s, long position) {
        if (position < s.firstSequence()) {
            throw DynamoDbError.of("TrimmedDataAccessException",
                    "The operation attempted to read past the oldest stream record in a shard.");
        }
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        ShardIterators iterator = ShardIterators.decode(Requests.requiredText(request, "ShardIterator", "shardIterator"));
        ChangeStream s = DescribeStreamAction.stream(streams, iterator.streamArn());
        int limit = Math.min(Requests.limit(request), 1000);
        checkNotTrimmed(s, iterator.position());
        boolean open = s.isOpen();
        List<StreamRecord> records = s.read(iterator.position(), limit);
        long next = records.isEmpty() ? iterator.position() : records.get(records.size() - 1).sequence() + 1;
        out.writeStartObject();
        out.writeArrayFieldStart("Records");
        for (StreamRecord r : records) {
            write(out, r, s.spec().viewType());
        }
        out.writeEndArray();
        if (open || next < s.nextSequence()) {
            out.writeStringField("NextShardIterator", new ShardIterators(s.arn(), s.shardId(), next).encode());
        }
        out.writeEndObject();
    }

    private static void write(JsonGenerator out, StreamRecord r, String viewType) throws IOException {
        out.writeStartObject();
        out.writeStringField("eventID", Long.toHexString(r.sequence()) + "-" + Integer.toHexString(r.keys().hashCode()));
        out.writeStringField("eventName", r.eventName());
        out.writeStringField("eventVersion", "1.1");
        out.writeStringField("eventSource", "aws:dynamodb");
        out.writeStringField("awsRegion", "us-east-1");
        out.writeObjectFieldStart("dynamodb");
        out.writeNumberField("ApproximateCreationDateTime", r.createdMillis() / 1000);
        Responses.item(out, "Keys", r.keys());
        if (r.newImage() != null) {
            Responses.item(out, "NewImage", r.newImage());
        }
        if (r.oldImage() != null) {
            Responses.item(out, "OldImage", r.oldImage());
        }
        out.writeStringField("SequenceNumber", r.sequenceNumber());
        out.writeNumberField("SizeBytes", r.sizeBytes());
        out.writeStringField("StreamViewType", viewType);
        out.writeEndObject();
        if (r.byTimeToLive()) {
            out.writeObjectFieldStart("userIdentity");
            out.writeStringField("Type", "Service");
            out.writeStringField("PrincipalId", "dynamodb.amazonaws.com");
            out.writeEndObject();
        }
        out.writeEndObject();
    }
}
