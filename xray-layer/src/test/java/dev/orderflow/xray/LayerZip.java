package dev.orderflow.xray;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The built layer zip: its entries' Unix modes (as Lambda will see them) and unpacking it like Lambda does into /opt. */
final class LayerZip {
    static final Path ZIP = Paths.get("target/xray-layer.zip");

    private LayerZip() {
    }

    /** Entry name to Unix mode, read from the zip's central directory (java.util.zip does not expose it). */
    static Map<String, Integer> unixModes() throws IOException {
        byte[] zip = Files.readAllBytes(ZIP);
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = zip.length - 22;
        while (eocd >= 0 && b.getInt(eocd) != 0x06054b50) {
            eocd--;
        }
        int entries = Short.toUnsignedInt(b.getShort(eocd + 10));
        int offset = b.getInt(eocd + 16);
        Map<String, Integer> modes = new LinkedHashMap<>();
        for (int i = 0; i < entries; i++) {
            int nameLength = Short.toUnsignedInt(b.getShort(offset + 28));
            int extraLength = Short.toUnsignedInt(b.getShort(offset + 30));
            int commentLength = Short.toUnsignedInt(b.getShort(offset + 32));
            int external = b.getInt(offset + 38);
            String name = new String(zip, offset + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8);
            modes.put(name, (external >>> 16) & 0777);
            offset += 46 + nameLength + extraLength + commentLength;
        }
        return modes;
    }

    /** Unpacks the layer into {@code opt}, keeping the script executable, as Lambda unpacks layers into /opt. */
    static Path unpack(Path opt) {
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            Map<String, Integer> modes = unixModes();
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                Path target = opt.resolve(entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if ((modes.get(entry.getName()) & 0100) != 0) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            return opt;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
