package dev.orderflow.localcloud.lambda.internal;

import dev.orderflow.localcloud.lambda.LogSink;
import java.util.concurrent.atomic.AtomicReference;

/** An environment's output: each line goes to the sink under the request running when it was written. */
public final class EnvironmentLog {

    private final String function;
    private final LogSink sink;
    private final AtomicReference<String> currentRequest = new AtomicReference<>("init");

    public EnvironmentLog(String function, LogSink sink) {
        this.function = function;
        this.sink = sink;
    }

    public void running(String requestId) {
        currentRequest.set(requestId);
    }

    public void line(String text) {
        sink.line(function, currentRequest.get(), text);
    }

    public void platform(String requestId, String text) {
        sink.line(function, requestId, text);
    }
}
