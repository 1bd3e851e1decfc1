package dev.orderflow.localcloud.lambda.internal;

import dev.orderflow.localcloud.lambda.FunctionConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A function's files laid out as Lambda lays them: the code in a task folder ({@code /var/task},
 * jars in {@code lib/} as SAM's makefile build leaves them) and the layers unpacked, in order,
 * into an {@code /opt} of the function's own. Prepared once, on the first cold start.
 */
public final class FunctionFiles {

    private final FunctionConfig function;
    private final Path root;
    private final Path runtimeDirectory;
    private volatile Path taskDirectory;
    private volatile List<Path> classPath;

    public FunctionFiles(FunctionConfig function, Path functionsDirectory, Path runtimeDirectory) {
        this.function = function;
        this.root = functionsDirectory.resolve(function.name().replaceAll("[^A-Za-z0-9._-]", "_"));
        this.runtimeDirectory = runtimeDirectory;
    }

    /** Lays out the task and /opt folders; fails with the artifact named when it is missing. */
    public synchronized FunctionFiles prepare() {
        if (classPath != null) {
            return this;
        }
        Path artifact = function.artifact();
        if (!Files.exists(artifact)) {
            throw new IllegalStateException("function " + function.name() + ": artifact " + artifact
                    + " does not exist (build it first: mvn -B package -DskipTests)");
        }
        try {
            LayerInstaller.clean(root);
            Path opt = Files.createDirectories(optDirectory());
            for (Path layer : function.layers()) {
                LayerInstaller.install(layer, opt);
            }
            taskDirectory = Files.isDirectory(artifact) ? artifact : taskFromArchive(artifact);
            List<Path> entries = new ArrayList<>(jarsIn(taskDirectory.resolve("lib")));
            if (Files.isDirectory(artifact)) {
                entries.add(0, taskDirectory);
            }
            entries.addAll(jarsIn(opt.resolve("java").resolve("lib")));
            classPath = List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("function " + function.name() + ": cannot lay out its files: " + e.getMessage(), e);
        }
        return this;
    }

    /** The function's code then its layers' {@code java/lib} jars, as Lambda's class path orders them. */
    public List<Path> classPath() {
        return classPath;
    }

    public Path taskDirectory() {
        return taskDirectory;
    }

    public Path optDirectory() {
        return root.resolve("opt");
    }

    public Path runtimeDirectory() {
        return runtimeDirectory;
    }

    /** An {@code /opt/...} path in the function's own /opt; any other path as it is. */
    public Path resolveOpt(String path) {
        if (path.equals("/opt")) {
            return optDirectory();
        }
        return path.startsWith("/opt/") ? optDirectory().resolve(path.substring("/opt/".length())) : Path.of(path);
    }

    private Path taskFromArchive(Path archive) throws IOException {
        Path task = Files.createDirectories(root.resolve("task"));
        if (archive.toString().endsWith(".zip")) {
            LayerInstaller.install(archive, task);
        } else {
            Path lib = Files.createDirectories(task.resolve("lib"));
            Files.createSymbolicLink(lib.resolve(archive.getFileName()), archive.toAbsolutePath());
        }
        return task;
    }

    private static List<Path> jarsIn(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
        }
    }
}
