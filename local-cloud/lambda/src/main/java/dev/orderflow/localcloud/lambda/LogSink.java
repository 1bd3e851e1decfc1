package dev.orderflow.localcloud.lambda;

/**
 * Where function output goes: each line of the function's stdout/stderr, and the platform's
 * START/END/REPORT lines, with the function and the request it belongs to.
 */
@FunctionalInterface
public interface LogSink {

    /**
     * @param requestId the invocation running when the line was written, or {@code init} before the first
     */
    void line(String function, String requestId, String text);

    /** Sends every line to both sinks. */
    default LogSink and(LogSink other) {
        return (function, requestId, text) -> {
            line(function, requestId, text);
            other.line(function, requestId, text);
        };
    }
}
