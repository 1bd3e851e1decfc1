package dev.orderflow.localcloud.asyncinvocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.localcloud.asyncinvocation.internal.FileJournal;
import dev.orderflow.localcloud.asyncinvocation.internal.PendingInvocation;
import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.Isolation;
import dev.orderflow.localcloud.lambda.LambdaService;
import dev.orderflow.localcloud.lambda.LambdaSettings;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Asynchronous invocation of real functions (the fixture handlers, in-process environments). */
class AsyncInvocationsIT {

    static final Path FIXTURES = Path.of("../fixtures/target/local-cloud-fixtures.jar").toAbsolutePath().normalize();
    private static final String ECHO = "dev.orderflow.localcloud.fixtures.EchoHandler::handleRequest";
    private static final String ON_FAILURE = "arn:aws:sqs:us-east-1:123456789012:failures";
    private static final String ON_SUCCESS = "arn:aws:sqs:us-east-1:123456789012:successes";
    private static final String DLQ = "arn:aws:sqs:us-east-1:123456789012:dlq";

    @TempDir
    Path work;

    final List<String> starts = new CopyOnWriteArrayList<>();
    final List<Long> startTimes = new CopyOnWriteArrayList<>();
    final RecordingDestinations destinations = new RecordingDestinations();
    LambdaService lambda;
    AsyncInvocations async;

    @BeforeEach
    void startLambda() {
        lambda = LambdaService.start(LambdaSettings.builder().isolation(Isolation.IN_PROCESS).workDirectory(work.resolve("work"))
                .endpointUrl("http://127.0.0.1:4566").logSink((function, requestId, text) -> {
                    if (text.startsWith("START ")) {
                        starts.add(function);
                        startTimes.add(System.currentTimeMillis());
                    }
                }).build());
        lambda.register(FunctionConfig.builder().name("echo").arn("arn:aws:lambda:us-east-1:123456789012:function:echo")
                .handler(ECHO).artifact(FIXTURES).timeout(Duration.ofSeconds(10)).build());
        lambda.register(FunctionConfig.builder().name("single").arn("arn:aws:lambda:us-east-1:123456789012:function:single")
                .handler(ECHO).artifact(FIXTURES).timeout(Duration.ofSeconds(10)).reservedConcurrency(1).build());
    }

    @AfterEach
    void stop() {
        if (async != null) {
            async.close();
        }
        lambda.close();
    }

    private void start(Duration retryDelay, Path data) {
        async = AsyncInvocations.start(lambda, AsyncSettings.of(retryDelay, data), destinations);
        lambda.asyncInvoker(async);
        async.configure("echo", new InvokeConfig(2, Duration.ofMinutes(5), ON_SUCCESS, ON_FAILURE, DLQ));
    }

    @Test
    void shouldRunTheEventAndSendTheSuccessRecord() {
        start(Duration.ofMillis(50), null);
        TraceHeader trace = TraceHeader.newTrace(true).withParent("1234567890abcdef");

        String requestId = lambda.asyncInvoker().invokeAsync("echo", bytes("{\"n\":1}"), trace);

        RecordingDestinations.Sent success = destinations.await(ON_SUCCESS, 1).get(0);
        assertThat(success.body().path("requestContext").path("requestId").asText()).isEqualTo(requestId);
        assertThat(success.body().path("requestContext").path("condition").asText()).isEqualTo("Success");
        assertThat(success.body().path("requestContext").path("approximateInvokeCount").asInt()).isEqualTo(1);
        assertThat(success.body().path("requestContext").path("functionArn").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:echo:$LATEST");
        assertThat(success.body().path("requestPayload").path("n").asInt()).isEqualTo(1);
        assertThat(success.body().path("responsePayload").path("input").path("n").asInt()).isEqualTo(1);
        assertThat(success.body().path("responseContext").has("functionError")).isFalse();
        assertThat(success.body().path("responsePayload").path("traceHeader").asText()).contains(trace.root());
        assertThat(success.trace()).isEqualTo(trace);
        assertThat(destinations.to(ON_FAILURE)).isEmpty();
    }

    @Test
    void shouldRetryTwiceWithBackoffThenSendTheRecordAndTheDeadLetter() {
        start(Duration.ofMillis(200), null);

        String requestId = lambda.asyncInvoker().invokeAsync("echo", bytes("{\"fail\":\"out of stock\"}"), null);

        RecordingDestinations.Sent failure = destinations.await(ON_FAILURE, 1).get(0);
        RecordingDestinations.Sent dead = destinations.await(DLQ, 1).get(0);
        assertThat(starts).containsExactly("echo", "echo", "echo");
        assertThat(startTimes.get(1) - startTimes.get(0)).as("first retry after the delay").isGreaterThanOrEqualTo(200);
        assertThat(startTimes.get(2) - startTimes.get(1)).as("second retry after twice the delay").isGreaterThanOrEqualTo(400);
        assertThat(failure.body().path("requestContext").path("condition").asText()).isEqualTo("RetriesExhausted");
        assertThat(failure.body().path("requestContext").path("approximateInvokeCount").asInt()).isEqualTo(3);
        assertThat(failure.body().path("requestContext").path("requestId").asText()).isEqualTo(requestId);
        assertThat(failure.body().path("requestPayload").path("fail").asText()).isEqualTo("out of stock");
        assertThat(failure.body().path("responseContext").path("functionError").asText()).isEqualTo("Unhandled");
        assertThat(failure.body().path("responsePayload").path("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(failure.body().path("responsePayload").path("errorMessage").asText()).isEqualTo("out of stock");
        assertThat(dead.body().path("fail").asText()).isEqualTo("out of stock");
        assertThat(dead.attributes()).containsEntry("RequestID", new Destinations.Attribute("String", requestId))
                .containsEntry("ErrorCode", new Destinations.Attribute("Number", "200"))
                .containsEntry("ErrorMessage", new Destinations.Attribute("String", "out of stock"));
    }

    @Test
    void shouldMakeOneAttemptWhenNoRetryIsConfigured() {
        start(Duration.ofMillis(10), null);
        async.configure("echo", new InvokeConfig(0, Duration.ofMinutes(1), null, ON_FAILURE, null));

        lambda.asyncInvoker().invokeAsync("echo", bytes("{\"fail\":\"once\"}"), null);

        assertThat(destinations.await(ON_FAILURE, 1).get(0).body().path("requestContext").path("approximateInvokeCount")
                .asInt()).isEqualTo(1);
        assertThat(starts).hasSize(1);
    }

    @Test
    void shouldQueueEventsBeyondTheFunctionsConcurrencyRatherThanDropThem() {
        start(Duration.ofMillis(10), null);
        async.configure("single", new InvokeConfig(0, Duration.ofMinutes(1), ON_SUCCESS, ON_FAILURE, null));

        for (int i = 0; i < 4; i++) {
            lambda.asyncInvoker().invokeAsync("single", bytes("{\"sleepMs\":100,\"n\":" + i + "}"), null);
        }

        assertThat(destinations.await(ON_SUCCESS, 4)).extracting(s -> s.body().path("requestPayload").path("n").asInt())
                .containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(destinations.to(ON_FAILURE)).isEmpty();
    }

    @Test
    void shouldResumePendingRetriesAfterARestart(@TempDir Path data) throws Exception {
        start(Duration.ofSeconds(3), data);
        String requestId = lambda.asyncInvoker().invokeAsync("echo", bytes("{\"fail\":\"still failing\"}"), null);
        long deadline = System.currentTimeMillis() + 20_000;
        while (new FileJournal(data.resolve("lambda-async")).load().stream().noneMatch(p -> p.attempts() == 1)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        async.close();

        async = AsyncInvocations.start(lambda, AsyncSettings.of(Duration.ofMillis(10), data), destinations);
        async.configure("echo", new InvokeConfig(2, Duration.ofMinutes(5), null, ON_FAILURE, null));
        lambda.asyncInvoker(async);

        RecordingDestinations.Sent failure = destinations.await(ON_FAILURE, 1).get(0);
        assertThat(failure.body().path("requestContext").path("requestId").asText()).isEqualTo(requestId);
        assertThat(failure.body().path("requestContext").path("approximateInvokeCount").asInt()).isEqualTo(3);
        assertThat(new FileJournal(data.resolve("lambda-async")).load()).isEmpty();
    }

    @Test
    void shouldGiveUpAnEventOlderThanMaximumEventAgeWithoutRunningIt(@TempDir Path data) {
        long twoHoursAgo = System.currentTimeMillis() - Duration.ofHours(2).toMillis();
        new FileJournal(data.resolve("lambda-async")).save(new PendingInvocation("old-event", "echo", bytes("{\"n\":7}"),
                null, twoHoursAgo, 1, 0, "java.lang.IllegalStateException",
                bytes("{\"errorType\":\"java.lang.IllegalStateException\",\"errorMessage\":\"earlier\"}")));

        start(Duration.ofMillis(10), data);

        RecordingDestinations.Sent failure = destinations.await(ON_FAILURE, 1).get(0);
        assertThat(failure.body().path("requestContext").path("condition").asText()).isEqualTo("EventAgeExceeded");
        assertThat(failure.body().path("requestContext").path("requestId").asText()).isEqualTo("old-event");
        assertThat(destinations.await(DLQ, 1)).hasSize(1);
        assertThat(starts).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
