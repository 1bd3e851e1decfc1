package dev.orderflow.localcloud.lambda.internal;

import dev.orderflow.localcloud.edge.DaemonThreads;
import dev.orderflow.localcloud.lambda.AsyncInvoker;
import dev.orderflow.localcloud.lambda.Invocation;
import dev.orderflow.localcloud.lambda.InvocationResult;
import dev.orderflow.localcloud.lambda.LambdaService;
import dev.orderflow.localcloud.lambda.LogSink;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs each asynchronous event once, waiting for an environment when the function is busy, and
 * logs a failure. Lambda's retries, EventInvokeConfig and dead-letter queues replace this through
 * {@link LambdaService#asyncInvoker(AsyncInvoker)}.
 */
public final class SingleAttemptAsyncInvoker implements AsyncInvoker {

    private final LambdaService lambda;
    private final LogSink log;
    private final ExecutorService executor = DaemonThreads.cachedPool("lambda-async");

    public SingleAttemptAsyncInvoker(LambdaService lambda, LogSink log) {
        this.lambda = lambda;
        this.log = log;
    }

    @Override
    public String invokeAsync(String function, byte[] payload, TraceHeader upstreamTrace) {
        String name = lambda.function(function).orElseThrow(() -> new dev.orderflow.localcloud.lambda.FunctionNotFoundException(function)).name();
        String acceptedId = UUID.randomUUID().toString();
        executor.execute(() -> {
            InvocationResult result = lambda.invoke(name,
                    new Invocation(payload, upstreamTrace, null, Invocation.WhenBusy.WAIT));
            if (!result.isSuccess()) {
                log.line(name, result.requestId(), "asynchronous invocation " + acceptedId + " failed ("
                        + result.errorType() + "); no retry is configured locally: " + result.payloadText());
            }
        });
        return acceptedId;
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
