package dev.orderflow.localcloud.dynamodb.internal.store;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/** Reads write-ahead log records until the end or the first torn or corrupt one. */
final class WalReader {

    private WalReader() {
    }

    /** Returns the number of intact records handed to the consumer. */
    static int replay(Path file, Consumer<byte[]> consumer) throws IOException {
        int records = 0;
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            while (true) {
                byte[] payload = next(in);
                if (payload == null) {
                    return records;
                }
                consumer.accept(payload);
                records++;
            }
        }
    }

    private static byte[] next(DataInputStream in) throws IOException {
        try {
            int length = in.readInt();
            int crc = in.readInt();
            if (length <= 0 || length > WriteAheadLog.maxRecord()) {
                return null;
            }
            byte[] payload = new byte[length];
            in.readFully(payload);
            CRC32 check = new CRC32();
            check.update(payload);
            return (int) check.getValue() == crc ? payload : null;
        } catch (EOFException torn) {
            return null;
        }
    }
}
