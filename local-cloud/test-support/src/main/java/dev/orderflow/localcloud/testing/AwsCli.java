package dev.orderflow.localcloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The AWS CLI installed on developer and CI machines, run against a local endpoint as a user runs
 * it: {@code aws <args> --endpoint-url <endpoint> --region us-east-1 --output json}, with throwaway
 * credentials, no pager and no profile.
 */
public final class AwsCli {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 120;

    private AwsCli() {
    }

    /** What one run printed and how it ended. */
    public record Result(int exit, String out, String err) {
    }

    /** Whether {@code aws} is on the PATH and runs. */
    public static boolean installed() {
        try {
            Process process = new ProcessBuilder("aws", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs the CLI and returns what it printed, whatever its exit code. */
    public static Result run(String endpoint, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("aws"));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint-url", endpoint, "--region", "us-east-1", "--output", "json"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("AWS_ACCESS_KEY_ID", "local");
        builder.environment().put("AWS_SECRET_ACCESS_KEY", "local");
        builder.environment().put("AWS_PAGER", "");
        builder.environment().remove("AWS_PROFILE");
        Process process = builder.start();
        process.getOutputStream().close();
        // Both streams drain at once: a CLI that fills one pipe while we wait on the other would hang.
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(process.getErrorStream()));
        String out = text(process.getInputStream());
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), out, err.join());
    }

    /** Runs the CLI, fails with what it printed on stderr unless it exits 0, and reads its JSON ({@code {}} when it printed nothing). */
    public static JsonNode json(String endpoint, String... args) throws IOException, InterruptedException {
        Result result = run(endpoint, args);
        if (result.exit() != 0) {
            throw new AssertionError("aws " + String.join(" ", args) + " exited " + result.exit() + ": " + result.err());
        }
        String out = result.out().trim();
        return JSON.readTree(out.isEmpty() ? "{}" : out);
    }

    private static String text(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
