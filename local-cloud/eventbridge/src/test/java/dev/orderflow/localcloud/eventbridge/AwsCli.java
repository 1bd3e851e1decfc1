package dev.orderflow.localcloud.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the AWS CLI (installed on developer and CI machines) against a local endpoint. */
final class AwsCli {

    private AwsCli() {
    }

    static boolean installed() {
        try {
            Process process = new ProcessBuilder("aws", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code aws <args> --endpoint-url <endpoint> --output json} and parses what it prints. */
    static JsonNode run(String endpoint, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("aws"));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint-url", endpoint, "--output", "json"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("AWS_ACCESS_KEY_ID", "x");
        builder.environment().put("AWS_SECRET_ACCESS_KEY", "x");
        builder.environment().put("AWS_DEFAULT_REGION", "us-east-1");
        builder.environment().remove("AWS_PROFILE");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("aws " + String.join(" ", args) + " failed: " + new String(err, StandardCharsets.UTF_8));
        }
        String text = new String(out, StandardCharsets.UTF_8).trim();
        return new ObjectMapper().readTree(text.isEmpty() ? "{}" : text);
    }
}
