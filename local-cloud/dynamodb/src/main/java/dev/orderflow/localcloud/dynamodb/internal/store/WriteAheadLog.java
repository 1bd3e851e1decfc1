package dev.orderflow.localcloud.dynamodb.internal.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.model.ValueCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * An append-only log of changes: each record is {@code [length][crc32][JSON ops]}, written before
 * the change is acknowledged. On open it is replayed up to the first torn or corrupt record (a
 * write that never returned), then rewritten as a compact snapshot of the live state; it is
 * rewritten again while running once it has grown past a threshold.
 */
public final class WriteAheadLog implements Journal {

    static final String FILE_NAME = "dynamodb.wal";
    private static final int MAX_RECORD = 64 * 1024 * 1024;
    private static final int SNAPSHOT_BATCH = 500;
    static final long DEFAULT_COMPACT_AFTER_BYTES = 64L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Receives the logged changes, in order, while the log is replayed. */
    public interface Replay {
        void define(TableDefinition definition);

        void drop(String table);

        void apply(Mutation mutation);
    }

    private final Path file;
    private final boolean sync;
    private final long compactAfterBytes;
    private FileChannel channel;
    private volatile long appendedSinceCompaction;
    private long snapshotBytes;

    private WriteAheadLog(Path file, boolean sync, long compactAfterBytes) {
        this.file = file;
        this.sync = sync;
        this.compactAfterBytes = compactAfterBytes;
    }

    /** Opens (creating if needed) the log in dir and replays it into target. */
    public static WriteAheadLog open(Path dir, boolean sync, long compactAfterBytes, Replay target) throws IOException {
        Files.createDirectories(dir);
        WriteAheadLog log = new WriteAheadLog(dir.resolve(FILE_NAME), sync, compactAfterBytes);
        if (Files.exists(log.file)) {
            WalReader.replay(log.file, payload -> log.replayRecord(payload, target));
        }
        log.channel = FileChannel.open(log.file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        return log;
    }

    private void replayRecord(byte[] payload, Replay target) {
        try {
            for (JsonNode op : JSON.readTree(payload).get("ops")) {
                if (op.has("def")) {
                    target.define(DefinitionCodec.read(op.get("def")));
                } else if (op.has("drop")) {
                    target.drop(op.get("drop").asText());
                } else if (op.has("put")) {
                    Map<String, Value> item = ValueCodec.readItem(op.get("item"));
                    target.apply(new Mutation(op.get("put").asText(), null, item));
                } else {
                    target.apply(new Mutation(op.get("del").asText(), ValueCodec.readItem(op.get("key")), null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void items(List<Mutation> mutations) {
        append(encode(out -> {
            for (Mutation m : mutations) {
                writeMutation(out, m);
            }
        }));
    }

    @Override
    public void table(TableDefinition definition) {
        append(encode(out -> writeDefinition(out, definition)));
    }

    @Override
    public void tableDeleted(String name) {
        append(encode(out -> {
            out.writeStartObject();
            out.writeStringField("drop", name);
            out.writeEndObject();
        }));
    }

    /** Writes the live state to a new file and swaps it in atomically; called before serving. */
    @Override
    public synchronized void compact(Collection<Table> tables) {
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (Table table : tables) {
                writeFully(out, encode(g -> writeDefinition(g, table.definition())));
                List<Map<String, Value>> batch = new ArrayList<>(SNAPSHOT_BATCH);
                for (Map<String, Value> item : table.data(null).values()) {
                    batch.add(item);
                    if (batch.size() == SNAPSHOT_BATCH) {
                        writeFully(out, encodePuts(table.definition().name(), batch));
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    writeFully(out, encodePuts(table.definition().name(), batch));
                }
            }
            out.force(true);
            channel.close();
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            snapshotBytes = channel.size();
            appendedSinceCompaction = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ByteBuffer encodePuts(String table, List<Map<String, Value>> items) {
        return encode(out -> {
            for (Map<String, Value> item : items) {
                writeMutation(out, new Mutation(table, null, item));
            }
        });
    }

    private synchronized void append(ByteBuffer record) {
        try {
            appendedSinceCompaction += record.remaining();
            writeFully(channel, record);
            if (sync) {
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("write-ahead log append failed", e);
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer record) throws IOException {
        while (record.hasRemaining()) {
            out.write(record);
        }
    }

    private interface OpsWriter {
        void write(JsonGenerator out) throws IOException;
    }

    private static ByteBuffer encode(OpsWriter ops) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator out = JSON.getFactory().createGenerator(bytes)) {
            out.writeStartObject();
            out.writeArrayFieldStart("ops");
            ops.write(out);
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] payload = bytes.toByteArray();
        if (payload.length > MAX_RECORD) {
            throw new IllegalStateException("record too large for the write-ahead log: " + payload.length);
        }
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteBuffer record = ByteBuffer.allocate(8 + payload.length);
        record.putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
        return record;
    }

    private static void writeMutation(JsonGenerator out, Mutation m) throws IOException {
        out.writeStartObject();
        if (m.item() != null) {
            out.writeStringField("put", m.table());
            out.writeFieldName("item");
            ValueCodec.writeItem(out, m.item());
        } else {
            out.writeStringField("del", m.table());
            out.writeFieldName("key");
            ValueCodec.writeItem(out, m.key());
        }
        out.writeEndObject();
    }

    private static void writeDefinition(JsonGenerator out, TableDefinition definition) throws IOException {
        out.writeStartObject();
        out.writeFieldName("def");
        DefinitionCodec.write(out, definition);
        out.writeEndObject();
    }

    /** Once the appended records outgrow both the threshold and twice the last snapshot. */
    @Override
    public boolean wantsCompaction() {
        long appended = appendedSinceCompaction;
        return appended > compactAfterBytes && appended > 2 * snapshotBytes;
    }

    static int maxRecord() {
        return MAX_RECORD;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
