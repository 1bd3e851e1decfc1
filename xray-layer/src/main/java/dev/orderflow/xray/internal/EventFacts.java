package dev.orderflow.xray.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** What the layer learned from one event: where it came from and the values worth annotating. */
final class EventFacts {
    static final EventFacts UNKNOWN = new EventFacts("direct", null, Map.of(), List.of());

    private final String source;
    private final JsonNode tree;
    private final Map<String, Object> businessKeys;
    private final List<String> upstreamTraceIds;

    EventFacts(String source, JsonNode tree, Map<String, Object> businessKeys, List<String> upstreamTraceIds) {
        this.source = source;
        this.tree = tree;
        this.businessKeys = businessKeys;
        this.upstreamTraceIds = upstreamTraceIds;
    }

    /** apigateway, eventbridge, sqs, sns, s3, dynamodb, kinesis, or direct. */
    String source() {
        return source;
    }

    /** The parsed event, or null when it was not JSON. */
    JsonNode tree() {
        return tree;
    }

    Map<String, Object> businessKeys() {
        return businessKeys;
    }

    /** Root trace ids found in SQS messages' {@code AWSTraceHeader} attributes, in order, distinct. */
    List<String> upstreamTraceIds() {
        return upstreamTraceIds;
    }

    boolean isApiGateway() {
        return "apigateway".equals(source);
    }
}
