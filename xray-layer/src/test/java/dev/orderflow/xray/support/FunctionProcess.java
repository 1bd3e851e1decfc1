package dev.orderflow.xray.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One Lambda execution environment in a fresh JVM: the real runtime interface client with the
 * runtime's jars first on the class path, then the function's, then the layer's (Lambda's
 * order), started through the layer's exec wrapper script when the layer is attached, as Lambda
 * does with {@code AWS_LAMBDA_EXEC_WRAPPER}.
 */
public final class FunctionProcess implements AutoCloseable {
    private static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    /**
     * The runtime interface client unpacks its JNI library to one fixed file, /tmp/.libaws-lambda-jni.so,
     * at every start: two clients starting at once on one machine can crash one of them (SIGBUS
     * in ld.so, seen here). Given this property, it loads the named file instead: one private copy
     * for every function JVM this test JVM starts.
     */
    private static final String RIC_JNI_PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";
    private static Path nativeClient;

    private final Process process;
    private final long startedNanos;
    private final Path log;

    private FunctionProcess(Process process, long startedNanos, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.log = log;
    }

    /**
     * Starts the function. {@code layerDir} is the unpacked layer (its {@code java/lib} and script),
     * or null to run without the layer.
     */
    public static FunctionProcess start(String javaHome, List<Path> runtimeJars, List<Path> functionJars, Path layerDir,
                                        String handler, Map<String, String> env, Path workDir) throws IOException {
        return start(List.of(), javaHome, runtimeJars, functionJars, layerDir, handler, env, workDir);
    }

    /** As above, the command run through {@code launcher} (e.g. {@code taskset -c 1}: one CPU, like a small Lambda). */
    public static FunctionProcess start(List<String> launcher, String javaHome, List<Path> runtimeJars,
                                        List<Path> functionJars, Path layerDir, String handler, Map<String, String> env,
                                        Path workDir) throws IOException {
        List<Path> classPath = new ArrayList<>(runtimeJars);
        classPath.addAll(functionJars);
        List<String> command = new ArrayList<>(launcher);
        if (layerDir != null) {
            try (var jars = Files.list(layerDir.resolve("java/lib"))) {
                jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(classPath::add);
            }
            command.add("bash");
            command.add(layerDir.resolve("xray-wrapper").toString());
        }
        command.add(Path.of(javaHome, "bin", "java").toString());
        command.add("-XX:+TieredCompilation");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Xshare:auto");
        nativeClient().ifPresent(jni -> command.add("-D" + RIC_JNI_PROPERTY + "=" + jni));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        command.add(RIC_MAIN);
        command.add(handler);

        Files.createDirectories(workDir);
        Path log = workDir.resolve(layerDir == null ? "function.log" : "function-with-layer.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.putAll(lambdaEnvironment(handler, workDir));
        environment.putAll(env);
        long started = System.nanoTime();
        return new FunctionProcess(builder.start(), started, log);
    }

    /** This machine's JNI library of the runtime interface client, unpacked once to a file of this JVM's own. */
    private static synchronized Optional<Path> nativeClient() throws IOException {
        if (nativeClient == null) {
            String arch = System.getProperty("os.arch").contains("aarch64") ? "aarch_64" : "x86_64";
            try (InputStream jni = FunctionProcess.class.getResourceAsStream("/jni/libaws-lambda-jni.linux-" + arch + ".so")) {
                if (jni == null) {
                    return Optional.empty();
                }
                Path copy = Files.createTempFile("libaws-lambda-jni", ".so");
                copy.toFile().deleteOnExit();
                Files.copy(jni, copy, StandardCopyOption.REPLACE_EXISTING);
                nativeClient = copy;
            }
        }
        return Optional.of(nativeClient);
    }

    private static Map<String, String> lambdaEnvironment(String handler, Path taskRoot) {
        Map<String, String> env = new HashMap<>();
        env.put("_HANDLER", handler);
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        env.put("AWS_LAMBDA_FUNCTION_NAME", "fixture");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/fixture");
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/11/25/[$LATEST]0123456789");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "x");
        env.put("AWS_SECRET_ACCESS_KEY", "x");
        return env;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public long startedNanos() {
        return startedNanos;
    }

    /** What the function printed (runtime and layer logs), for failure messages. */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
