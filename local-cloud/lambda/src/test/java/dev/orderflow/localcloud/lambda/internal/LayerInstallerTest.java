package dev.orderflow.localcloud.lambda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerInstallerTest {

    @TempDir
    Path folder;

    @Test
    void shouldUnpackLayersInOrderKeepingTheWrapperExecutable() throws Exception {
        Path first = zip("first.zip", "wrapper", "#!/bin/sh\necho first\n", "rwxr-xr-x");
        Path second = zip("second.zip", "java/lib/second.jar", "jar", "rw-r--r--");
        Path override = zip("override.zip", "wrapper", "#!/bin/sh\necho later\n", "rwxr-x---");
        Path opt = Files.createDirectories(folder.resolve("opt"));

        LayerInstaller.install(first, opt);
        LayerInstaller.install(second, opt);
        LayerInstaller.install(override, opt);

        assertThat(opt.resolve("wrapper")).isExecutable().content().contains("later");
        assertThat(opt.resolve("java/lib/second.jar")).exists();
    }

    private Path zip(String name, String entry, String content, String permissions) throws Exception {
        Path zip = folder.resolve(name);
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()),
                Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
            Path file = fs.getPath(entry);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, content);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        }
        return zip;
    }
}
