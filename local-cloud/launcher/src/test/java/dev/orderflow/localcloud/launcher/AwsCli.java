package dev.orderflow.localcloud.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The AWS CLI installed on these machines, run against the local cloud's edge as a user runs it. */
final class AwsCli {

    private AwsCli() {
    }

    static boolean installed() {
        try {
            Process process = new ProcessBuilder("aws", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * Runs {@code aws <words> [more...] --endpoint-url <edge> --output json} and reads its output.
     *
     * @param words the command and options without spaces in their values, split on spaces
     * @param more  arguments that contain spaces (a filter expression)
     */
    static JsonNode json(String edgeUrl, String words, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of("aws"));
        command.addAll(Arrays.asList(words.split(" ")));
        command.addAll(Arrays.asList(more));
        command.addAll(List.of("--endpoint-url", edgeUrl, "--region", "us-east-1", "--output", "json"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("AWS_ACCESS_KEY_ID", "x");
        builder.environment().put("AWS_SECRET_ACCESS_KEY", "x");
        builder.environment().put("AWS_PAGER", "");
        Process process = builder.start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(command + " failed: " + new String(err.get(), StandardCharsets.UTF_8));
        }
        return new ObjectMapper().readTree(out);
    }
}
