package dev.orderflow.localcloud.lambda.internal.process;

import dev.orderflow.localcloud.lambda.internal.EnvironmentLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Copies a child's output to the environment's log, line by line, until the child closes it. */
final class OutputPump implements Runnable {

    private final InputStream stream;
    private final EnvironmentLog log;

    private OutputPump(InputStream stream, EnvironmentLog log) {
        this.stream = stream;
        this.log = log;
    }

    static void start(InputStream stream, EnvironmentLog log, String name) {
        Thread thread = new Thread(new OutputPump(stream, log), "output-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                log.line(line);
            }
        } catch (IOException e) {
            log.line("(output closed: " + e.getMessage() + ")");
        }
    }
}
