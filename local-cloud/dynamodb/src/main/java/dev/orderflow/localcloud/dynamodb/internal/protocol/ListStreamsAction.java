package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.store.ChangeStream;
import dev.orderflow.localcloud.dynamodb.internal.store.StreamRegistry;
import java.io.IOException;
import java.util.List;

/** Streams ListStreams: every stream (of one table, if asked), paged by ARN. */
final class ListStreamsAction implements Action {

    private final StreamRegistry streams;

    ListStreamsAction(StreamRegistry streams) {
        this.streams = streams;
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        String table = request.hasNonNull("TableName") ? Requests.tableName(request) : null;
        int limit = Math.min(Requests.limit(request), 100);
        String start = Requests.text(request, "ExclusiveStartStreamArn");
        List<ChangeStream> all = streams.list(table);
        int from = 0;
        while (start != null && from < all.size() && all.get(from).arn().compareTo(start) <= 0) {
            from++;
        }
        int to = Math.min(all.size(), from + limit);
        out.writeStartObject();
        out.writeArrayFieldStart("Streams");
        for (ChangeStream s : all.subList(from, to)) {
            out.writeStartObject();
            out.writeStringField("StreamArn", s.arn());
            out.writeStringField("TableName", s.tableName());
            out.writeStringField("StreamLabel", s.spec().label());
            out.writeEndObject();
        }
        out.writeEndArray();
        if (to < all.size()) {
            out.writeStringField("LastEvaluatedStreamArn", all.get(to - 1).arn());
        }
        out.writeEndObject();
    }
}
