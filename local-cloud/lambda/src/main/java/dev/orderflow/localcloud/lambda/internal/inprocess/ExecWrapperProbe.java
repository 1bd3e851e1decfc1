package dev.orderflow.localcloud.lambda.internal.inprocess;

import dev.orderflow.localcloud.lambda.internal.RuntimeJars;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Honours {@code AWS_LAMBDA_EXEC_WRAPPER} without a process of the function's own: runs the script
 * with a runtime command line whose program only reports what it was given, and takes from that
 * the handler argument and the environment the script exports. JVM options the script adds cannot
 * apply in process and are ignored.
 */
final class ExecWrapperProbe {

    private static final String REPORT = "for a in \"$@\"; do printf '%s\\0' \"$a\"; done; printf '%s\\0' '--environment--'; env -0";
    private static final Set<String> SHELL_VARIABLES = Set.of("PWD", "OLDPWD", "SHLVL", "_");

    private ExecWrapperProbe() {
    }

    record Result(String handler, Map<String, String> environment) {
    }

    static Result run(Path wrapper, Map<String, String> environment, String handler, Path javaHome) {
        if (!Files.isExecutable(wrapper)) {
            throw new IllegalStateException("AWS_LAMBDA_EXEC_WRAPPER " + wrapper + " is not an executable file of the layers");
        }
        List<String> command = List.of(wrapper.toString(), "/bin/sh", "-c", REPORT, "runtime",
                javaHome.resolve("bin").resolve("java").toString(), "-cp", "runtime", RuntimeJars.MAIN_CLASS, handler);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
            builder.environment().clear();
            builder.environment().putAll(environment);
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("AWS_LAMBDA_EXEC_WRAPPER " + wrapper + " failed: "
                        + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            return parse(new String(output, StandardCharsets.UTF_8), wrapper);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run AWS_LAMBDA_EXEC_WRAPPER " + wrapper, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + wrapper, e);
        }
    }

    private static Result parse(String output, Path wrapper) {
        String[] fields = output.split("\0", -1);
        List<String> arguments = new ArrayList<>();
        int i = 0;
        while (i < fields.length && !fields[i].equals("--environment--")) {
            arguments.add(fields[i++]);
        }
        if (arguments.isEmpty() || i == fields.length) {
            throw new IllegalStateException("AWS_LAMBDA_EXEC_WRAPPER " + wrapper + " did not exec the runtime's command line");
        }
        Map<String, String> environment = new LinkedHashMap<>();
        for (i++; i < fields.length; i++) {
            int eq = fields[i].indexOf('=');
            if (eq > 0 && !SHELL_VARIABLES.contains(fields[i].substring(0, eq))) {
                environment.put(fields[i].substring(0, eq), fields[i].substring(eq + 1));
            }
        }
        return new Result(arguments.get(arguments.size() - 1), environment);
    }
}
