package dev.orderflow.xray;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the wrapper script with bash and the java21 runtime's command line, a stand-in "java"
 * printing the arguments and environment it was started with.
 */
class WrapperScriptTest {
    private static final Path SCRIPT = Paths.get("src/main/layer/xray-wrapper");
    private static final String HANDLER = "dev.orderflow.orders.PlaceOrderHandler::handleRequest";
    private static final String TRACING = "dev.orderflow.xray.TracingHandler";

    @TempDir
    Path dir;
    private Path java;

    @BeforeEach
    void fakeJava() throws IOException {
        java = dir.resolve("java");
        Files.writeString(java, "#!/bin/bash\nfor a in \"$@\"; do echo \"ARG=$a\"; done\nenv | sed 's/^/ENV=/'\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The command line the java21 managed runtime hands an exec wrapper. */
    private List<String> java21CommandLine() {
        return List.of(java.toString(), "-XX:MaxHeapSize=445645k", "-XX:MaxMetaspaceSize=52429k",
                "-XX:ReservedCodeCacheSize=26214k", "-XX:+UseSerialGC", "-Xshare:auto",
                "-XX:-TieredCompilation", "-Djava.net.preferIPv4Stack=true",
                "-Dorderflow.note=" + HANDLER, "-classpath", "/var/runtime/lib/*",
                "com.amazonaws.services.lambda.runtime.api.client.AWSLambda", HANDLER);
    }

    @Test
    void shouldSwapOnlyTheHandlerArgumentAndExportTheOriginal() throws Exception {
        Run run = run(Map.of("_HANDLER", HANDLER, "ORDERS_TABLE", "orders"));

        List<String> expected = new ArrayList<>(java21CommandLine().subList(1, java21CommandLine().size()));
        expected.set(expected.size() - 1, TRACING);
        assertThat(run.args).containsExactlyElementsOf(expected);
        assertThat(run.env).containsEntry("_HANDLER", TRACING)
                .containsEntry("XRAY_LAYER_HANDLER", HANDLER)
                .containsEntry("AWS_XRAY_CONTEXT_MISSING", "LOG_ERROR")
                .containsEntry("ORDERS_TABLE", "orders");
    }

    @Test
    void shouldKeepWhatTheUserSet() throws Exception {
        Run run = run(Map.of("_HANDLER", HANDLER, "AWS_XRAY_CONTEXT_MISSING", "IGNORE_ERROR",
                "XRAY_LAYER_SERVICE", "orderflow"));

        assertThat(run.env).containsEntry("AWS_XRAY_CONTEXT_MISSING", "IGNORE_ERROR")
                .containsEntry("XRAY_LAYER_SERVICE", "orderflow");
    }

    /** The values the layer's Java side (LayerConfig) also reads as off. */
    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", " 0 ", "no"})
    void shouldLeaveTheCommandLineAloneWhenTurnedOff(String off) throws Exception {
        Run run = run(Map.of("_HANDLER", HANDLER, "XRAY_LAYER_ENABLED", off));

        assertThat(run.args).containsExactlyElementsOf(java21CommandLine().subList(1, java21CommandLine().size()));
        assertThat(run.env).containsEntry("_HANDLER", HANDLER).doesNotContainKey("XRAY_LAYER_HANDLER");
    }

    @Test
    void shouldNotWrapTwice() throws Exception {
        List<String> line = new ArrayList<>(java21CommandLine());
        line.set(line.size() - 1, TRACING);
        Run run = run(Map.of("_HANDLER", TRACING, "XRAY_LAYER_HANDLER", HANDLER), line);

        assertThat(run.args).containsExactlyElementsOf(line.subList(1, line.size()));
        assertThat(run.env).containsEntry("XRAY_LAYER_HANDLER", HANDLER);
    }

    @Test
    void shouldKeepArgumentsWithSpacesIntact() throws Exception {
        List<String> line = new ArrayList<>(java21CommandLine());
        line.add(1, "-Dgreeting=hello world");
        Run run = run(Map.of("_HANDLER", HANDLER), line);

        assertThat(run.args).contains("-Dgreeting=hello world");
    }

    private Run run(Map<String, String> env) throws Exception {
        return run(env, java21CommandLine());
    }

    private Run run(Map<String, String> env, List<String> commandLine) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toAbsolutePath().toString()));
        command.addAll(commandLine);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        Run run = new Run();
        for (String line : out.split("\n")) {
            if (line.startsWith("ARG=")) {
                run.args.add(line.substring(4));
            } else if (line.startsWith("ENV=") && line.contains("=")) {
                String kv = line.substring(4);
                int eq = kv.indexOf('=');
                run.env.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return run;
    }

    private static final class Run {
        final List<String> args = new ArrayList<>();
        final Map<String, String> env = new HashMap<>();
    }
}
