package dev.orderflow.localcloud.lambda.api;

import com.fasterxml.jackson.core.JsonParser;
import dev.orderflow.localcloud.edge.EdgeRequest;
import dev.orderflow.localcloud.edge.EdgeResponse;
import dev.orderflow.localcloud.edge.Json;
import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.Invocation;
import dev.orderflow.localcloud.lambda.InvocationResult;
import dev.orderflow.localcloud.lambda.LambdaService;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code Invoke}: RequestResponse waits for the function; Event hands the payload to asynchronous
 * invocation and answers 202; DryRun only checks. Payload limits are Lambda's: 6 MB synchronous,
 * 1 MB asynchronous.
 */
final class InvokeAction {

    static final int MAX_SYNC_PAYLOAD = 6 * 1024 * 1024;
    static final int MAX_ASYNC_PAYLOAD = 1024 * 1024;

    private final LambdaService lambda;

    InvokeAction(LambdaService lambda) {
        this.lambda = lambda;
    }

    EdgeResponse handle(String name, EdgeRequest request) {
        Optional<FunctionConfig> function = lambda.function(name);
        if (function.isEmpty()) {
            return LambdaErrors.error(404, "ResourceNotFoundException", "Function not found: " + name);
        }
        String type = request.header("X-Amz-Invocation-Type").orElse("RequestResponse");
        byte[] payload = request.body();
        int limit = type.equals("Event") ? MAX_ASYNC_PAYLOAD : MAX_SYNC_PAYLOAD;
        if (payload.length > limit) {
            return LambdaErrors.error(413, "RequestTooLargeException", "Request must be smaller than " + limit
                    + " bytes for the InvokeFunction operation");
        }
        if (payload.length > 0 && !isJson(payload)) {
            return LambdaErrors.error(400, "InvalidRequestContentException",
                    "Could not parse request body into json: Unexpected character in the Payload");
        }
        TraceHeader trace = TraceHeader.parse(request.header("X-Amzn-Trace-Id").orElse(null)).orElse(null);
        switch (type) {
            case "RequestResponse":
                return respond(lambda.invoke(function.get().name(), new Invocation(payload, trace,
                        request.header("X-Amz-Client-Context").orElse(null), Invocation.WhenBusy.THROTTLE_IF_RESERVED)));
            case "Event":
                String requestId = lambda.asyncInvoker().invokeAsync(function.get().name(), payload, trace);
                return new EdgeResponse(202, Map.of("x-amzn-RequestId", List.of(requestId)), new byte[0]);
            case "DryRun":
                return new EdgeResponse(204, Map.of(), new byte[0]);
            default:
                return LambdaErrors.error(400, "InvalidParameterValueException",
                        "X-Amz-Invocation-Type must be RequestResponse, Event or DryRun, not " + type);
        }
    }

    private static EdgeResponse respond(InvocationResult result) {
        if (result.status() == InvocationResult.Status.THROTTLED) {
            return LambdaErrors.throttled();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        headers.put("x-amzn-RequestId", List.of(result.requestId()));
        headers.put("X-Amz-Executed-Version", List.of("$LATEST"));
        if (result.status() == InvocationResult.Status.FUNCTION_ERROR) {
            headers.put("X-Amz-Function-Error", List.of("Unhandled"));
        }
        return new EdgeResponse(200, headers, result.payload());
    }

    private static boolean isJson(byte[] payload) {
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(payload)) {
            parser.skipChildren();
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
