package dev.orderflow.domain.failure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.domain.api.Json;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Tells what a dead-letter message is. It never fails: a message of unknown shape is classified
 * {@link FailureOrigin#UNKNOWN} and kept whole, because dropping what we cannot read is the one
 * thing a dead-letter processor must not do.
 */
public final class DeadLetterClassifier {

    /**
     * @param attributes the message's string attributes
     */
    public FailedEvent classify(String messageId, String body, Map<String, String> attributes, int receiveCount, Instant now) {
        Optional<JsonNode> json = Json.parseTree(body);
        if (attributes.containsKey("RULE_ARN")) {
            return failure(messageId, FailureOrigin.EVENTBRIDGE_RULE, attributes.get("RULE_ARN"),
                    attributes.get("ERROR_CODE"), attributes.get("ERROR_MESSAGE"), json, body, receiveCount, now);
        }
        if (attributes.containsKey("RequestID") && attributes.containsKey("ErrorCode")) {
            return failure(messageId, FailureOrigin.LAMBDA_DLQ, null, attributes.get("ErrorCode"),
                    attributes.get("ErrorMessage"), json, body, receiveCount, now);
        }
        Optional<JsonNode> context = json.map(j -> j.get("requestContext")).filter(JsonNode::isObject);
        if (context.isPresent() && context.get().hasNonNull("functionArn") && json.get().has("requestPayload")) {
            JsonNode record = json.get();
            JsonNode response = record.path("responsePayload");
            String message = joinNonBlank(text(response, "errorType"), text(response, "errorMessage"));
            return failure(messageId, FailureOrigin.LAMBDA_DESTINATION, text(context.get(), "functionArn"),
                    text(context.get(), "condition"), message, Optional.of(record.get("requestPayload")), body,
                    receiveCount, now);
        }
        return failure(messageId, FailureOrigin.UNKNOWN, null, null, null, json, body, receiveCount, now);
    }

    private static FailedEvent failure(String messageId, FailureOrigin origin, String sourceArn, String errorCode,
                                       String errorMessage, Optional<JsonNode> original, String body,
                                       int receiveCount, Instant now) {
        String orderId = original.map(o -> o.path("detail").path("orderId")).filter(JsonNode::isTextual)
                .map(JsonNode::textValue).orElse(null);
        String detailType = original.map(o -> o.path("detail-type")).filter(JsonNode::isTextual)
                .map(JsonNode::textValue).orElse(null);
        return new FailedEvent(messageId, origin, sourceArn, errorCode, errorMessage, orderId, detailType, body,
                receiveCount, now);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() ? value.asText() : null;
    }

    private static String joinNonBlank(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + ": " + second;
    }
}
