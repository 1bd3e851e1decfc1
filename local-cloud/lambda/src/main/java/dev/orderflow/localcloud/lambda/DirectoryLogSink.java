package dev.orderflow.localcloud.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Appends each function's lines to {@code <dir>/<function>.log}, flushed line by line. */
public final class DirectoryLogSink implements LogSink, AutoCloseable {

    private final Path directory;
    private final Map<String, Writer> writers = new ConcurrentHashMap<>();

    public DirectoryLogSink(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    @Override
    public void line(String function, String requestId, String text) {
        Writer writer = writers.computeIfAbsent(function, this::open);
        synchronized (writer) {
            try {
                writer.write(requestId + "\t" + text + "\n");
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Writer open(String function) {
        try {
            return Files.newBufferedWriter(directory.resolve(function.replaceAll("[^A-Za-z0-9._-]", "_") + ".log"),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        for (Writer writer : writers.values()) {
            writer.close();
        }
    }
}
