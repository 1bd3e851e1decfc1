package dev.orderflow.localcloud.apigateway.internal;

import dev.orderflow.localcloud.apigateway.ApiListener.LambdaCall;
import dev.orderflow.localcloud.apigateway.internal.GatewayResponses.Type;
import dev.orderflow.localcloud.lambda.Invocation;
import dev.orderflow.localcloud.lambda.InvocationResult;
import dev.orderflow.localcloud.lambda.LambdaService;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Lambda proxy integration: invokes the function synchronously and classifies what went
 * wrong as API Gateway does (throttle 500, function error 502, integration timeout 504; the
 * function keeps running after a 504, as on AWS).
 */
final class Integration {

    private final LambdaService lambda;
    private final ExecutorService executor;
    private final Duration timeout;

    Integration(LambdaService lambda, ExecutorService executor, Duration timeout) {
        this.lambda = lambda;
        this.executor = executor;
        this.timeout = timeout;
    }

    /** The function's payload, or the gateway response type to answer with; and the call as it went. */
    record Result(byte[] payload, Type failure, String detail, LambdaCall call) {
    }

    Result invoke(String function, byte[] event, TraceHeader trace) {
        long startedAt = System.currentTimeMillis();
        Future<InvocationResult> call = executor.submit(() -> lambda.invoke(function, Invocation.of(event, trace)));
        InvocationResult result;
        try {
            result = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return failed(Type.INTEGRATION_TIMEOUT, "Execution failed due to a timeout error", function, startedAt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(Type.INTEGRATION_FAILURE, "interrupted", function, startedAt);
        } catch (ExecutionException e) {
            return failed(Type.INTEGRATION_FAILURE, "Execution failed: " + e.getCause(), function, startedAt);
        }
        long endedAt = System.currentTimeMillis();
        switch (result.status()) {
            case SUCCESS:
                return new Result(result.payload(), null, null,
                        new LambdaCall(function, startedAt, endedAt, 200, result.payload().length));
            case THROTTLED:
                return new Result(null, Type.INTEGRATION_FAILURE, "Lambda throttled the invocation: Rate Exceeded.",
                        new LambdaCall(function, startedAt, endedAt, 429, result.payload().length));
            default:
                return new Result(null, Type.BAD_GATEWAY, "Lambda execution failed with status 200 due to customer function error: "
                        + result.errorType(), new LambdaCall(function, startedAt, endedAt, 200, result.payload().length));
        }
    }

    private static Result failed(Type failure, String detail, String function, long startedAt) {
        return new Result(null, failure, detail, new LambdaCall(function, startedAt, System.currentTimeMillis(), 0, 0));
    }
}
