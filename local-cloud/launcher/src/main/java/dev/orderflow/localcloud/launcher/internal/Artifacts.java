package dev.orderflow.localcloud.launcher.internal;

import dev.orderflow.localcloud.template.FunctionDefinition;
import dev.orderflow.localcloud.template.LayerDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the built artifact for a CodeUri or ContentUri: the file it names, or in the module folder
 * it names the jar (zip, for a layer) the Maven build produced, {@code <dir>/target/<dir>.jar} -
 * the same file the makefile targets copy for {@code sam build} - or the one jar in {@code target/}
 * when the artifactId differs, or a folder already laid out as Lambda's {@code /var/task}
 * ({@code lib/*.jar}, classes) or a layer ({@code java/lib}).
 */
public final class Artifacts {

    private Artifacts() {
    }

    public static Path function(FunctionDefinition function) {
        Path uri = function.codeUri();
        if (Files.isRegularFile(uri)) {
            return uri;
        }
        Path expected = uri.resolve("target").resolve(uri.getFileName() + ".jar");
        if (isSourceModule(uri)) {
            return built(uri, ".jar").orElseThrow(() -> new ArtifactMissingException(function.logicalId()
                    + ": no built artifact for CodeUri " + uri + " (expected " + expected
                    + "); build it first: mvn -B package -DskipTests"));
        }
        if (Files.isDirectory(uri.resolve("lib")) || hasClasses(uri)) {
            return uri;
        }
        throw new ArtifactMissingException(function.logicalId() + ": CodeUri " + uri
                + " is neither a built jar nor a module folder with " + expected);
    }

    public static Path layer(LayerDefinition layer) {
        Path uri = layer.contentUri();
        if (uri == null) {
            throw new ArtifactMissingException(layer.logicalId() + ": only a local ContentUri can be run locally");
        }
        if (Files.isRegularFile(uri)) {
            return uri;
        }
        if (Files.isDirectory(uri.resolve("java").resolve("lib"))) {
            return uri;
        }
        Path expected = uri.resolve("target").resolve(uri.getFileName() + ".zip");
        return built(uri, ".zip").orElseThrow(() -> new ArtifactMissingException(layer.logicalId()
                + ": no built layer for ContentUri " + uri + " (expected " + expected
                + "); build it first: mvn -B package -DskipTests"));
    }

    /** {@code target/<folder><suffix>}, else the only such file in target/ (a module whose artifactId differs). */
    private static Optional<Path> built(Path module, String suffix) {
        Path target = module.resolve("target");
        Path named = target.resolve(module.getFileName() + suffix);
        if (Files.isRegularFile(named)) {
            return Optional.of(named);
        }
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            List<Path> candidates = files.filter(file -> file.getFileName().toString().endsWith(suffix)
                    && !file.getFileName().toString().startsWith("original-") && Files.isRegularFile(file)).toList();
            return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isSourceModule(Path directory) {
        return Files.isRegularFile(directory.resolve("pom.xml")) || Files.isRegularFile(directory.resolve("build.gradle"))
                || Files.isRegularFile(directory.resolve("build.gradle.kts")) || Files.isDirectory(directory.resolve("target"));
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
