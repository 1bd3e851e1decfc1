package dev.orderflow.domain.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.List;
import java.util.Map;

/** Builds API Gateway proxy responses: always JSON, always a status code, never a stack trace. */
public final class ApiResponses {

    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json");

    private ApiResponses() {
    }

    public static APIGatewayProxyResponseEvent json(int status, Object body) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(status)
                .withHeaders(JSON_HEADERS)
                .withBody(Json.write(body));
    }

    public static APIGatewayProxyResponseEvent error(int status, String message, List<FieldError> errors, String requestId) {
        return json(status, new ErrorBody(message, errors.isEmpty() ? null : errors, requestId));
    }

    public static APIGatewayProxyResponseEvent error(int status, String message, String requestId) {
        return error(status, message, List.of(), requestId);
    }
}
