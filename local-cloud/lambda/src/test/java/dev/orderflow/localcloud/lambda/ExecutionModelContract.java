package dev.orderflow.localcloud.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The execution model, the same in both isolations: what Lambda guarantees a function. */
abstract class ExecutionModelContract {

    static final Path FIXTURES = Path.of("../fixtures/target/local-cloud-fixtures.jar").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ECHO = "dev.orderflow.localcloud.fixtures.EchoHandler::handleRequest";

    @TempDir
    Path work;

    final List<String> lines = new CopyOnWriteArrayList<>();
    LambdaService lambda;

    abstract Isolation isolation();

    @BeforeEach
    void startLambda() {
        lambda = LambdaService.start(LambdaSettings.builder().isolation(isolation()).workDirectory(work)
                .endpointUrl("http://127.0.0.1:4566").logSink((function, requestId, text) ->
                        lines.add(function + " " + requestId + " " + text)).build());
    }

    @AfterEach
    void stopLambda() {
        lambda.close();
    }

    @Test
    void shouldStartColdThenReuseTheWarmEnvironment() throws IOException {
        register("echo", ECHO, 3, null, Map.of());

        InvocationResult cold = invoke("echo", "{\"print\":\"hello from the function\"}");
        InvocationResult warm = invoke("echo", "{}");

        assertThat(cold.coldStart()).isTrue();
        assertThat(cold.initDuration()).isPositive();
        assertThat(warm.coldStart()).isFalse();
        assertThat(json(warm).path("environmentId")).isEqualTo(json(cold).path("environmentId"));
        assertThat(json(warm).path("invocation").asInt()).isEqualTo(2);
        assertThat(lines).anySatisfy(line -> assertThat(line).isEqualTo("echo " + cold.requestId() + " hello from the function"))
                .anySatisfy(line -> assertThat(line).startsWith("echo " + cold.requestId() + " START RequestId: " + cold.requestId()))
                .anySatisfy(line -> assertThat(line).startsWith("echo " + cold.requestId() + " REPORT RequestId: "
                        + cold.requestId()).contains("Init Duration"));
    }

    @Test
    void shouldGiveTheFunctionLambdasVariablesContextAndTraceHeader() throws IOException {
        register("env-check", ECHO, 3, null, Map.of("TABLE_NAME", "orders", "AWS_REGION", "eu-west-9"));
        TraceHeader upstream = TraceHeader.parse("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1")
                .orElseThrow();

        InvocationResult result = lambda.invoke("env-check", Invocation.of("{}".getBytes(StandardCharsets.UTF_8), upstream));

        JsonNode out = json(result);
        JsonNode env = out.path("env");
        assertThat(env.path("TABLE_NAME").asText()).isEqualTo("orders");
        assertThat(env.path("AWS_REGION").asText()).as("reserved variables win").isEqualTo("us-east-1");
        assertThat(env.path("AWS_DEFAULT_REGION").asText()).isEqualTo("us-east-1");
        assertThat(env.path("AWS_LAMBDA_FUNCTION_NAME").asText()).isEqualTo("env-check");
        assertThat(env.path("AWS_LAMBDA_FUNCTION_VERSION").asText()).isEqualTo("$LATEST");
        assertThat(env.path("AWS_LAMBDA_FUNCTION_MEMORY_SIZE").asText()).isEqualTo("256");
        assertThat(env.path("AWS_LAMBDA_LOG_GROUP_NAME").asText()).isEqualTo("/aws/lambda/env-check");
        assertThat(env.path("AWS_LAMBDA_LOG_STREAM_NAME").asText()).matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");
        assertThat(env.path("_HANDLER").asText()).isEqualTo(ECHO);
        assertThat(env.path("AWS_XRAY_DAEMON_ADDRESS").asText()).isEqualTo("127.0.0.1:2000");
        assertThat(env.path("AWS_XRAY_CONTEXT_MISSING").asText()).isEqualTo("LOG_ERROR");
        assertThat(env.path("AWS_ACCESS_KEY_ID").asText()).isNotBlank();
        assertThat(env.path("AWS_SECRET_ACCESS_KEY").asText()).isNotBlank();
        assertThat(env.path("AWS_ENDPOINT_URL").asText()).isEqualTo("http://127.0.0.1:4566");
        assertThat(env.has("HOME") && !System.getenv().containsKey("HOME")).isFalse();
        assertThat(out.path("functionName").asText()).isEqualTo("env-check");
        assertThat(out.path("memoryLimitInMB").asInt()).isEqualTo(256);
        assertThat(out.path("invokedFunctionArn").asText()).isEqualTo(arn("env-check"));
        assertThat(out.path("remainingTimeInMillis").asLong()).isBetween(1L, 3000L);
        assertThat(out.path("traceHeader").asText()).isEqualTo(result.traceHeader())
                .startsWith("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=").endsWith(";Sampled=1")
                .doesNotContain("53995c3f42cd8ad8");
    }

    @Test
    void shouldKillTheEnvironmentOnTimeoutAndStartAFreshOne() throws IOException {
        register("slow", ECHO, 1, null, Map.of());
        String first = json(invoke("slow", "{}")).path("environmentId").asText();

        InvocationResult timedOut = invoke("slow", "{\"sleepMs\":3000}");
        InvocationResult after = invoke("slow", "{}");

        assertThat(timedOut.status()).isEqualTo(InvocationResult.Status.FUNCTION_ERROR);
        assertThat(timedOut.errorType()).isEqualTo("Sandbox.Timedout");
        assertThat(timedOut.payloadText()).contains("Task timed out after 1.00 seconds").contains(timedOut.requestId());
        assertThat(after.coldStart()).isTrue();
        assertThat(json(after).path("environmentId").asText()).isNotEqualTo(first);
    }

    @Test
    void shouldThrottleBeyondReservedConcurrencyAndLetAsyncCallersWait() throws Exception {
        register("single", ECHO, 5, 1, Map.of());
        invoke("single", "{}");

        CompletableFuture<InvocationResult> busy = CompletableFuture.supplyAsync(() -> invoke("single", "{\"sleepMs\":1500}"));
        awaitBusy("single");
        InvocationResult throttled = invoke("single", "{}");
        InvocationResult waited = lambda.invoke("single", new Invocation("{}".getBytes(StandardCharsets.UTF_8), null, null,
                Invocation.WhenBusy.WAIT));

        assertThat(throttled.status()).isEqualTo(InvocationResult.Status.THROTTLED);
        assertThat(busy.get().isSuccess()).isTrue();
        assertThat(waited.isSuccess()).isTrue();
        assertThat(waited.coldStart()).as("one environment at most").isFalse();
    }

    @Test
    void shouldReturnTheFunctionsErrorAndKeepTheEnvironment() throws IOException {
        register("failing", ECHO, 3, null, Map.of());

        InvocationResult failed = invoke("failing", "{\"fail\":\"out of stock\"}");
        InvocationResult next = invoke("failing", "{}");

        assertThat(failed.status()).isEqualTo(InvocationResult.Status.FUNCTION_ERROR);
        assertThat(json(failed).path("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(json(failed).path("errorMessage").asText()).isEqualTo("out of stock");
        assertThat(next.coldStart()).isFalse();
    }

    @Test
    void shouldReportAnInitFailureAndAnExit() throws IOException {
        register("broken", "dev.orderflow.localcloud.fixtures.BrokenInitHandler::handleRequest", 3, null, Map.of());
        register("exiting", ECHO, 3, null, Map.of());

        InvocationResult broken = invoke("broken", "{}");
        invoke("exiting", "{}");
        InvocationResult exited = invoke("exiting", "{\"exit\":3}");
        InvocationResult after = invoke("exiting", "{}");

        assertThat(broken.status()).isEqualTo(InvocationResult.Status.FUNCTION_ERROR);
        assertThat(broken.payloadText()).contains("BROKEN_SETTING");
        assertThat(exited.errorType()).isEqualTo("Runtime.ExitError");
        assertThat(exited.payloadText()).contains("exit status 3");
        assertThat(after.coldStart()).isTrue();
    }

    @Test
    void shouldRunTheExecWrapperFromTheFunctionsOwnOpt() throws IOException {
        Path layer = Files.createDirectories(work.resolve("layer"));
        Path script = layer.resolve("wrapper");
        Files.writeString(script, "#!/bin/sh\nexport WRAPPED_BY=\"$(basename \"$0\")\"\n"
                + "export WRAPPED_ARGS=\"$#\"\nexec \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        lambda.register(FunctionConfig.builder().name("wrapped").arn(arn("wrapped")).handler(ECHO).artifact(FIXTURES)
                .layers(List.of(layer)).environment(Map.of("AWS_LAMBDA_EXEC_WRAPPER", "/opt/wrapper")).build());

        JsonNode env = json(invoke("wrapped", "{}")).path("env");

        assertThat(env.path("WRAPPED_BY").asText()).isEqualTo("wrapper");
        assertThat(env.path("WRAPPED_ARGS").asInt()).isGreaterThan(3);
    }

    private void register(String name, String handler, int timeoutSeconds, Integer reserved, Map<String, String> env) {
        lambda.register(FunctionConfig.builder().name(name).arn(arn(name)).handler(handler).artifact(FIXTURES)
                .memoryMb(256).timeout(Duration.ofSeconds(timeoutSeconds)).reservedConcurrency(reserved)
                .environment(env).build());
    }

    private void awaitBusy(String name) throws InterruptedException {
        for (int i = 0; i < 200 && !lines.stream().anyMatch(line -> line.contains("START") && line.startsWith(name)
                && lines.stream().filter(l -> l.contains("START")).count() >= 2); i++) {
            Thread.sleep(20);
        }
    }

    InvocationResult invoke(String name, String payload) {
        return lambda.invoke(name, Invocation.of(payload.getBytes(StandardCharsets.UTF_8), null));
    }

    static JsonNode json(InvocationResult result) throws IOException {
        return JSON.readTree(result.payload());
    }

    static String arn(String name) {
        return "arn:aws:lambda:us-east-1:123456789012:function:" + name;
    }
}
