package dev.orderflow.localcloud.eventbridge.api;

import dev.orderflow.localcloud.edge.EdgeResponse;

/** EventBridge's AWS JSON 1.1 answers and errors. */
final class EventBridgeErrors {

    static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private EventBridgeErrors() {
    }

    static EdgeResponse ok(String json) {
        return new EdgeResponse(200, java.util.Map.of("Content-Type", java.util.List.of(CONTENT_TYPE)),
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static EdgeResponse validation(String message) {
        return EdgeResponse.awsError(400, "ValidationException", message, CONTENT_TYPE);
    }

    static EdgeResponse serialization(String message) {
        return EdgeResponse.awsError(400, "SerializationException", message, CONTENT_TYPE);
    }

    static EdgeResponse notFound(String message) {
        return EdgeResponse.awsError(400, "ResourceNotFoundException", message, CONTENT_TYPE);
    }
}
