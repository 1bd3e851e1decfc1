package dev.orderflow.localcloud.lambda.internal.inprocess;

import dev.orderflow.localcloud.lambda.internal.EnvironmentLog;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** An environment's System.out or System.err: complete lines go to its log. */
final class LineOutputStream extends OutputStream {

    private final EnvironmentLog log;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineOutputStream(EnvironmentLog log) {
        this.log = log;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            flushLine();
        } else {
            line.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    private void flushLine() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        log.line(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
    }
}
