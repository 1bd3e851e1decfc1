package dev.orderflow.localcloud.xray.internal.store;

import dev.orderflow.localcloud.xray.internal.segment.ParsedSegment;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Accepted documents appended to {@code segments-<n>.log} files in the data directory, one line
 * each ({@code <received epoch ms> <document>}), replayed at start. When the files hold much more
 * than the store (evicted and replaced documents), the live documents are rewritten to a new file
 * and the old files deleted, so the directory stays proportional to what is retained.
 */
public final class SegmentJournal implements Closeable {

    private static final String PREFIX = "segments-";
    private static final String SUFFIX = ".log";
    private static final long ROTATE_BYTES = 64L * 1024 * 1024;
    private static final long COMPACTION_SLACK = 4L * 1024 * 1024;

    private final Path dir;
    private OutputStream out;
    private long sequence;
    private long currentBytes;
    private long totalBytes;

    private SegmentJournal(Path dir, long sequence, long totalBytes) {
        this.dir = dir;
        this.sequence = sequence;
        this.totalBytes = totalBytes;
    }

    public static SegmentJournal open(Path dir) throws IOException {
        Files.createDirectories(dir);
        long total = 0;
        long last = 0;
        for (Path file : files(dir)) {
            total += Files.size(file);
            last = Math.max(last, sequenceOf(file));
        }
        return new SegmentJournal(dir, last, total);
    }

    /** Receives each journaled document at replay. */
    @FunctionalInterface
    public interface Replayed {
        void accept(byte[] document, long receivedAtMillis);
    }

    /** Feeds every journaled document, oldest first; returns the number of unreadable lines skipped. */
    public synchronized int replay(Replayed consumer) throws IOException {
        int skipped = 0;
        for (Path file : files(dir)) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    skipped += replayLine(line, consumer) ? 0 : 1;
                }
            }
        }
        return skipped;
    }

    private static boolean replayLine(String line, Replayed consumer) {
        int space = line.indexOf(' ');
        if (space <= 0) {
            return false;
        }
        try {
            long received = Long.parseLong(line, 0, space, 10);
            consumer.accept(line.substring(space + 1).getBytes(StandardCharsets.UTF_8), received);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public synchronized void append(ParsedSegment segment) throws IOException {
        if (out == null || currentBytes > ROTATE_BYTES) {
            rotate();
        }
        writeRecord(out, segment);
    }

    private void writeRecord(OutputStream target, ParsedSegment segment) throws IOException {
        byte[] prefix = (segment.receivedAtMillis() + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] raw = segment.raw();
        byte[] line = new byte[raw.length];
        for (int i = 0; i < raw.length; i++) {
            // Raw line breaks can only be JSON whitespace in a valid document: a space is equivalent.
            line[i] = raw[i] == '\n' || raw[i] == '\r' ? (byte) ' ' : raw[i];
        }
        target.write(prefix);
        target.write(line);
        target.write('\n');
        long written = prefix.length + line.length + 1L;
        currentBytes += written;
        totalBytes += written;
    }

    public synchronized void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    /** Whether the files hold so much more than the live documents that rewriting pays. */
    public synchronized boolean needsCompaction(long liveBytes) {
        return totalBytes > 2 * liveBytes + COMPACTION_SLACK;
    }

    /** Rewrites the live documents to a fresh file and deletes every older file. */
    public synchronized void compact(Iterable<ParsedSegment> live) throws IOException {
        closeCurrent();
        List<Path> old = files(dir);
        totalBytes = 0;
        rotate();
        for (ParsedSegment segment : live) {
            writeRecord(out, segment);
        }
        out.flush();
        for (Path file : old) {
            Files.deleteIfExists(file);
        }
    }

    public synchronized long totalBytes() {
        return totalBytes;
    }

    private void rotate() throws IOException {
        closeCurrent();
        sequence++;
        Path file = dir.resolve(String.format("%s%08d%s", PREFIX, sequence, SUFFIX));
        out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), 64 * 1024);
        currentBytes = 0;
    }

    private void closeCurrent() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closeCurrent();
    }

    private static List<Path> files(Path dir) throws IOException {
        List<Path> result = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                            && p.getFileName().toString().endsWith(SUFFIX))
                    .sorted()
                    .forEach(result::add);
        }
        return result;
    }

    private static long sequenceOf(Path file) {
        String name = file.getFileName().toString();
        try {
            return Long.parseLong(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
