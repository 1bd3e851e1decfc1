package dev.orderflow.localcloud.apigateway.internal;

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

    /** The function's payload, or the gateway response type to answer with. */
    record Result(byte[] payload, Type failure, String detail) {
    }

    Result invoke(String function, byte[] event, TraceHeader trace) {
        Future<InvocationResult> call = executor.submit(() -> lambda.invoke(function, Invocation.of(event, trace)));
        InvocationResult result;
        try {
            result = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new Result(null, Type.INTEGRATION_TIMEOUT, "Execution failed due to a timeout error");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, Type.INTEGRATION_FAILURE, "interrupted");
        } catch (ExecutionException e) {
            return new Result(null, Type.INTEGRATION_FAILURE, "Execution failed: " + e.getCause());
        }
        switch (result.status()) {
            case SUCCESS:
                return new Result(result.payload(), null, null);
            case THROTTLED:
                return new Result(null, Type.INTEGRATION_FAILURE, "Lambda throttled the invocation: Rate Exceeded.");
            default:
                return new Result(null, Type.BAD_GATEWAY, "Lambda execution failed with status 200 due to customer function error: "
                        + result.errorType());
        }
    }
}
