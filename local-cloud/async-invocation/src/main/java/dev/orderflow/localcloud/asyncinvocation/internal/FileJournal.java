package dev.orderflow.localcloud.asyncinvocation.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One JSON file per pending event ({@code <dir>/<request id>.json}), written to a temporary file
 * and moved into place, so that a crash leaves either the old state or the new one.
 */
public final class FileJournal implements Journal {

    private static final Logger LOG = Logger.getLogger(FileJournal.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    public FileJournal(Path directory) {
        try {
            this.directory = Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }

    @Override
    public void save(PendingInvocation invocation) {
        Path file = file(invocation);
        Path temporary = directory.resolve(file.getFileName() + ".tmp");
        try {
            JSON.writeValue(temporary.toFile(), invocation);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep asynchronous event " + invocation.requestId(), e);
        }
    }

    @Override
    public void remove(PendingInvocation invocation) {
        try {
            Files.deleteIfExists(file(invocation));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remove finished event " + invocation.requestId(), e);
        }
    }

    @Override
    public List<PendingInvocation> load() {
        List<PendingInvocation> pending = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try {
                    pending.add(JSON.readValue(file.toFile(), PendingInvocation.class));
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "unreadable pending event " + file + " left in place", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory, e);
        }
        return pending;
    }

    private Path file(PendingInvocation invocation) {
        return directory.resolve(invocation.requestId() + ".json");
    }
}
