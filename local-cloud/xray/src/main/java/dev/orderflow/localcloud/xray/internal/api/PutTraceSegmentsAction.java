package dev.orderflow.localcloud.xray.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.daemon.IngestPipeline;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.internal.segment.InvalidSegmentException;
import dev.orderflow.localcloud.xray.internal.segment.ParsedSegment;
import dev.orderflow.localcloud.xray.internal.segment.SegmentParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** PutTraceSegments: each document is stored or listed in UnprocessedTraceSegments with the reason. */
final class PutTraceSegmentsAction implements Action {

    private final SegmentParser parser;
    private final IngestPipeline pipeline;
    private final Clock clock;

    PutTraceSegmentsAction(SegmentParser parser, IngestPipeline pipeline, Clock clock) {
        this.parser = parser;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public JsonNode handle(JsonNode request) throws ApiException {
        JsonNode documents = request.get("TraceSegmentDocuments");
        if (documents == null || !documents.isArray()) {
            throw ApiException.invalid("TraceSegmentDocuments is required (a list of segment documents as strings)");
        }
        ObjectNode result = Json.object();
        ArrayNode unprocessed = result.putArray("UnprocessedTraceSegments");
        for (JsonNode document : documents) {
            if (!document.isTextual()) {
                unprocessed.addObject().put("ErrorCode", "InvalidJson")
                        .put("Message", "each TraceSegmentDocuments item must be a string holding a JSON document");
                continue;
            }
            store(document.asText(), unprocessed);
        }
        return result;
    }

    private void store(String text, ArrayNode unprocessed) {
        try {
            ParsedSegment segment = parser.parse(text.getBytes(StandardCharsets.UTF_8), clock.millis());
            if (!pipeline.store(segment)) {
                unprocessed.addObject().put("Id", segment.id()).put("ErrorCode", "TraceLimitExceeded")
                        .put("Message", "trace " + segment.traceId() + " already holds the maximum number of documents");
            }
        } catch (InvalidSegmentException e) {
            ObjectNode item = unprocessed.addObject();
            if (e.segmentId() != null) {
                item.put("Id", e.segmentId());
            }
            item.put("ErrorCode", e.code()).put("Message", e.getMessage());
        }
    }
}
