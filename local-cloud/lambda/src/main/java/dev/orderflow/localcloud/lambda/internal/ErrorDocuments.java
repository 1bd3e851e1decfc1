package dev.orderflow.localcloud.lambda.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The error documents Lambda itself writes when the function could not answer. */
public final class ErrorDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorDocuments() {
    }

    public static byte[] timeout(String requestId, Duration timeout) {
        return document("Sandbox.Timedout", String.format("RequestId: %s Error: Task timed out after %.2f seconds",
                requestId, timeout.toMillis() / 1000.0));
    }

    public static byte[] exited(String requestId, String detail) {
        return document("Runtime.ExitError", "RequestId: " + requestId + " Error: Runtime exited " + detail);
    }

    public static byte[] responseTooLarge(int limit) {
        return document("Function.ResponseSizeTooLarge",
                "Response payload size exceeded maximum allowed payload size (" + limit + " bytes).");
    }

    public static byte[] document(String errorType, String message) {
        ObjectNode node = JSON.createObjectNode();
        node.put("errorType", errorType);
        node.put("errorMessage", message);
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The errorType field of an error document, or the fallback when it has none. */
    public static String errorType(byte[] document, String fallback) {
        try {
            String type = JSON.readTree(document).path("errorType").asText("");
            return type.isEmpty() ? fallback : type;
        } catch (java.io.IOException e) {
            return fallback;
        }
    }
}
