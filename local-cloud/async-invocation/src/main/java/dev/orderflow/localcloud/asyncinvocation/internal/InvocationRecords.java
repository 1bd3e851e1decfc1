package dev.orderflow.localcloud.asyncinvocation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.orderflow.localcloud.asyncinvocation.Destinations.Attribute;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Lambda sends where an asynchronous invocation ends: the invocation record for a destination
 * ({@code version}, {@code timestamp}, {@code requestContext} with {@code condition} and
 * {@code approximateInvokeCount}, {@code requestPayload}, {@code responseContext},
 * {@code responsePayload}), and the attributes of a dead-letter queue message.
 */
public final class InvocationRecords {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DLQ_MESSAGE_LIMIT = 1024;

    private InvocationRecords() {
    }

    /**
     * @param condition {@code Success}, {@code RetriesExhausted} or {@code EventAgeExceeded}
     * @param response the function's response or error document; null when it never ran
     */
    public static String record(PendingInvocation invocation, String functionArn, String condition, int invokeCount,
            byte[] response, boolean functionError, Instant now) {
        ObjectNode record = JSON.createObjectNode();
        record.put("version", "1.0");
        record.put("timestamp", now.toString());
        ObjectNode context = record.putObject("requestContext");
        context.put("requestId", invocation.requestId());
        context.put("functionArn", functionArn + ":$LATEST");
        context.put("condition", condition);
        context.put("approximateInvokeCount", invokeCount);
        record.set("requestPayload", json(invocation.payload()));
        if (response != null) {
            ObjectNode responseContext = record.putObject("responseContext");
            responseContext.put("statusCode", 200);
            responseContext.put("executedVersion", "$LATEST");
            if (functionError) {
                responseContext.put("functionError", "Unhandled");
            }
            record.set("responsePayload", json(response));
        }
        return record.toString();
    }

    /** RequestID, ErrorCode (the Invoke status code) and ErrorMessage (its first 1 KB), as on a function's DLQ message. */
    public static Map<String, Attribute> deadLetterAttributes(PendingInvocation invocation) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("RequestID", new Attribute("String", invocation.requestId()));
        attributes.put("ErrorCode", new Attribute("Number", "200"));
        String message = errorMessage(invocation);
        attributes.put("ErrorMessage", new Attribute("String",
                message.length() > DLQ_MESSAGE_LIMIT ? message.substring(0, DLQ_MESSAGE_LIMIT) : message));
        return attributes;
    }

    private static String errorMessage(PendingInvocation invocation) {
        if (invocation.lastError() == null) {
            return "Event age exceeded before the function ran";
        }
        JsonNode error = json(invocation.lastError());
        String message = error.path("errorMessage").asText("");
        return message.isEmpty() ? String.valueOf(invocation.lastErrorType()) : message;
    }

    private static JsonNode json(byte[] payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            return node == null ? TextNode.valueOf("") : node;
        } catch (IOException e) {
            return TextNode.valueOf(new String(payload, StandardCharsets.UTF_8));
        }
    }
}
