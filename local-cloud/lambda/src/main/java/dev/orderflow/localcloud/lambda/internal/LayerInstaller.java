package dev.orderflow.localcloud.lambda.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Unpacks a layer (a zip, or a folder) over an /opt folder, later layers over earlier ones, keeping
 * the files' Unix permissions as Lambda does, so that a wrapper script stays executable.
 */
final class LayerInstaller {

    private LayerInstaller() {
    }

    static void install(Path layer, Path target) throws IOException {
        if (Files.isDirectory(layer)) {
            copyTree(layer, target);
            return;
        }
        URI uri = URI.create("jar:" + layer.toAbsolutePath().toUri());
        try (FileSystem zip = FileSystems.newFileSystem(uri, Map.of("enablePosixFileAttributes", "true"))) {
            copyTree(zip.getPath("/"), target);
        }
    }

    static void clean(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
                    copyPermissions(file, destination);
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        if (!permissions.isEmpty()) {
            Files.setPosixFilePermissions(to, permissions);
        }
    }
}
