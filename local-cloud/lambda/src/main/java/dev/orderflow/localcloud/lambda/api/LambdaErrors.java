package dev.orderflow.localcloud.lambda.api;

import dev.orderflow.localcloud.edge.EdgeResponse;
import dev.orderflow.localcloud.edge.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Lambda's REST-JSON errors: the {@code x-amzn-ErrorType} header and a {@code Type}/{@code message} body. */
final class LambdaErrors {

    private LambdaErrors() {
    }

    static EdgeResponse error(int status, String type, String message) {
        String body = "{\"Type\":\"User\",\"message\":" + Json.quote(message) + "}";
        return new EdgeResponse(status, Map.of("Content-Type", List.of("application/json"), "x-amzn-ErrorType", List.of(type)),
                body.getBytes(StandardCharsets.UTF_8));
    }

    static EdgeResponse throttled() {
        String body = "{\"Reason\":\"ReservedFunctionConcurrentInvocationLimitExceeded\",\"Type\":\"User\",\"message\":\"Rate Exceeded.\"}";
        return new EdgeResponse(429, Map.of("Content-Type", List.of("application/json"),
                "x-amzn-ErrorType", List.of("TooManyRequestsException")), body.getBytes(StandardCharsets.UTF_8));
    }
}
