package dev.orderflow.localcloud.lambda.internal.process;

import dev.orderflow.localcloud.lambda.internal.EnvironmentLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * Copies a child's output to the environment's log, line by line. It never blocks in a read: it
 * drains what the pipe holds, then sleeps (1 ms, backing off to 50 ms while the function is
 * quiet). {@link #settle} drains on the caller's thread, so an invocation's lines are logged
 * before it ends and are never taken for the next invocation's.
 */
final class OutputPump implements Runnable {

    private static final long MAX_IDLE_SLEEP_MS = 50;

    private final InputStream stream;
    private final EnvironmentLog log;
    private final BooleanSupplier childAlive;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[8192];

    private OutputPump(InputStream stream, EnvironmentLog log, BooleanSupplier childAlive) {
        this.stream = stream;
        this.log = log;
        this.childAlive = childAlive;
    }

    static OutputPump start(InputStream stream, EnvironmentLog log, BooleanSupplier childAlive, String name) {
        OutputPump pump = new OutputPump(stream, log, childAlive);
        Thread thread = new Thread(pump, "output-" + name);
        thread.setDaemon(true);
        thread.start();
        return pump;
    }

    @Override
    public void run() {
        long sleep = 1;
        try {
            while (true) {
                boolean alive = childAlive.getAsBoolean();
                if (drain()) {
                    sleep = 1;
                } else if (!alive) {
                    break;
                } else {
                    sleep = Math.min(MAX_IDLE_SLEEP_MS, sleep * 2);
                }
                Thread.sleep(sleep);
            }
        } catch (IOException e) {
            log.line("(output closed: " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            flushPartialLine();
        }
    }

    /** Logs everything the child has written so far. */
    void settle() {
        try {
            drain();
        } catch (IOException e) {
            // the child is gone: what it wrote was drained by the pump's last pass
        }
    }

    /** Reads only what is available, so it never blocks; true when something was read. */
    private synchronized boolean drain() throws IOException {
        boolean read = false;
        int available;
        while ((available = stream.available()) > 0) {
            int count = stream.read(buffer, 0, Math.min(available, buffer.length));
            if (count <= 0) {
                break;
            }
            consume(count);
            read = true;
        }
        return read;
    }

    private void consume(int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] == '\n') {
                emit();
            } else {
                line.write(buffer[i]);
            }
        }
    }

    private synchronized void flushPartialLine() {
        if (line.size() > 0) {
            emit();
        }
    }

    private void emit() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        log.line(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
    }
}
