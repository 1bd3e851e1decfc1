package dev.orderflow.localcloud.lambda;

import java.io.PrintStream;

/** Prints lines prefixed with the function and request id, as {@code sam local} does. */
public final class ConsoleLogSink implements LogSink {

    private final PrintStream out;

    public ConsoleLogSink(PrintStream out) {
        this.out = out;
    }

    @Override
    public void line(String function, String requestId, String text) {
        String line = "[" + function + " " + requestId + "] " + text;
        synchronized (out) {
            out.println(line);
        }
    }
}
