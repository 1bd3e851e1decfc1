package dev.orderflow.localcloud.launcher.internal;

import dev.orderflow.localcloud.template.FunctionDefinition;
import dev.orderflow.localcloud.template.LayerDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the built artifact for a CodeUri or ContentUri: the file it names, or in the module folder
 * it names the jar (zip, for a layer) the Maven build produced, {@code <dir>/target/<dir>.jar} -
 * the same file the makefile targets copy for {@code sam build} - or a folder already laid out
 * as Lambda's {@code /var/task} ({@code lib/*.jar}) or a layer ({@code java/lib}).
 */
public final class Artifacts {

    private Artifacts() {
    }

    public static Path function(FunctionDefinition function) {
        Path uri = function.codeUri();
        if (Files.isRegularFile(uri)) {
            return uri;
        }
        Path built = uri.resolve("target").resolve(uri.getFileName() + ".jar");
        if (Files.isRegularFile(built)) {
            return built;
        }
        if (Files.isDirectory(uri.resolve("lib")) || hasClasses(uri)) {
            return uri;
        }
        throw new ArtifactMissingException(function.logicalId() + ": no built artifact for CodeUri " + uri
                + " (expected " + built + "); build it first: mvn -B package -DskipTests");
    }

    public static Path layer(LayerDefinition layer) {
        Path uri = layer.contentUri();
        if (uri == null) {
            throw new ArtifactMissingException(layer.logicalId() + ": only a local ContentUri can be run locally");
        }
        if (Files.isRegularFile(uri)) {
            return uri;
        }
        Path built = uri.resolve("target").resolve(uri.getFileName() + ".zip");
        if (Files.isRegularFile(built)) {
            return built;
        }
        if (Files.isDirectory(uri.resolve("java").resolve("lib"))) {
            return uri;
        }
        throw new ArtifactMissingException(layer.logicalId() + ": no built layer for ContentUri " + uri
                + " (expected " + built + "); build it first: mvn -B package -DskipTests");
    }

    private static boolean hasClasses(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(directory, 8)) {
            List<Path> classes = files.filter(file -> file.toString().endsWith(".class")).limit(1).toList();
            return !classes.isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** A template's code that was not built: the message says which and how to build it. */
    public static final class ArtifactMissingException extends RuntimeException {
        public ArtifactMissingException(String message) {
            super(message);
        }
    }
}
