package dev.orderflow.localcloud.apigateway.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.edge.EdgeResponse;
import dev.orderflow.localcloud.edge.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The responses API Gateway writes itself ({@code {"message": ...}}), customisable per type by
 * the template's {@code GatewayResponses}: status code, headers (quoted values), and a JSON
 * template using {@code $context.error.message}, {@code $context.error.messageString},
 * {@code $context.error.validationErrorString} and {@code $context.requestId}.
 */
public final class GatewayResponses {

    private final JsonNode customised;

    public GatewayResponses(JsonNode customised) {
        this.customised = customised;
    }

    /** A gateway response of a type, e.g. MISSING_AUTHENTICATION_TOKEN, with its default status and message. */
    public EdgeResponse respond(Type type, String requestId) {
        return respond(type, requestId, "");
    }

    /** A gateway response that reports a validation failure through {@code $context.error.validationErrorString}. */
    public EdgeResponse respond(Type type, String requestId, String validationErrors) {
        JsonNode custom = customised.path(type.name());
        if (custom.isMissingNode()) {
            custom = customised.path(type.status >= 500 ? "DEFAULT_5XX" : "DEFAULT_4XX");
        }
        int status = custom.path("StatusCode").asInt(type.status);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        headers.put("x-amzn-ErrorType", List.of(type.errorType));
        custom.path("ResponseParameters").path("Headers").fields().forEachRemaining(header ->
                headers.put(header.getKey(), List.of(unquote(header.getValue().asText()))));
        String template = custom.path("ResponseTemplates").path("application/json").asText(null);
        String body = template == null ? "{\"message\":" + Json.quote(type.message) + "}"
                : template.replace("$context.error.validationErrorString", escaped(validationErrors))
                        .replace("$context.error.messageString", Json.quote(type.message))
                        .replace("$context.error.message", type.message).replace("$context.requestId", requestId);
        return new EdgeResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A value as it appears inside a JSON string: quotes and backslashes escaped. */
    private static String escaped(String value) {
        String quoted = Json.quote(value);
        return quoted.substring(1, quoted.length() - 1);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("'") && value.endsWith("'") ? value.substring(1, value.length() - 1) : value;
    }

    /** API Gateway's response types this emulation produces, with their defaults. */
    public enum Type {
        BAD_REQUEST_BODY(400, "BadRequestException", "Invalid request body"),
        MISSING_AUTHENTICATION_TOKEN(403, "MissingAuthenticationTokenException", "Missing Authentication Token"),
        REQUEST_TOO_LARGE(413, "RequestTooLargeException", "Request Too Long"),
        INTEGRATION_FAILURE(500, "InternalServerErrorException", "Internal server error"),
        BAD_GATEWAY(502, "InternalServerErrorException", "Internal server error"),
        INTEGRATION_TIMEOUT(504, "InternalServerErrorException", "Endpoint request timed out");

        final int status;
        final String errorType;
        final String message;

        Type(int status, String errorType, String message) {
            this.status = status;
            this.errorType = errorType;
            this.message = message;
        }
    }
}
