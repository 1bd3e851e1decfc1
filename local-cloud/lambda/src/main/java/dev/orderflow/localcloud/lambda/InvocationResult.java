package dev.orderflow.localcloud.lambda;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * What an invocation gave back.
 *
 * @param payload the function's response, or the error document when {@code status} is not SUCCESS
 * @param errorType the error's type ({@code Sandbox.Timedout}, an exception class, ...), or null
 * @param initDuration the cold start's init time, or null for a warm start
 * @param duration time in the handler
 * @param traceHeader the header the function was given
 */
public record InvocationResult(String requestId, Status status, byte[] payload, String errorType,
        Duration initDuration, Duration duration, String traceHeader) {

    public enum Status {
        SUCCESS,
        /** The function failed (error, timeout, crash, init failure): Invoke answers 200 with X-Amz-Function-Error. */
        FUNCTION_ERROR,
        /** Reserved concurrency in use: Invoke answers 429. */
        THROTTLED
    }

    public boolean isSuccess() {
        return status == Status.SUCCESS;
    }

    public boolean coldStart() {
        return initDuration != null;
    }

    public Optional<Duration> init() {
        return Optional.ofNullable(initDuration);
    }

    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
