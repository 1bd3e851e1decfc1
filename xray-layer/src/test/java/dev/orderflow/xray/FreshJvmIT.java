package dev.orderflow.xray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.xray.support.AwsStub;
import dev.orderflow.xray.support.ClassPaths;
import dev.orderflow.xray.support.FunctionProcess;
import dev.orderflow.xray.support.RuntimeApiStub;
import dev.orderflow.xray.support.SegmentCollector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built layer zip and a function's jars in a fresh JVM under the real Lambda runtime
 * interface client, started through the wrapper script as Lambda does: the function answers
 * byte for byte as it does without the layer, and its invocation is traced.
 */
class FreshJvmIT {
    private static final String TRACE_ID = "1-6740a1b2-3f1e2d4c5b6a79880a1b2c3d";
    private static final String PARENT = "53995c3f42cd8ad8";
    private static final String HEADER = "Root=" + TRACE_ID + ";Parent=" + PARENT + ";Sampled=1";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    private Path layer;
    private SegmentCollector daemon;
    private AwsStub aws;

    @BeforeEach
    void start() throws Exception {
        layer = LayerZip.unpack(dir.resolve("opt"));
        daemon = new SegmentCollector();
        aws = new AwsStub();
    }

    @AfterEach
    void stop() {
        daemon.close();
        aws.close();
    }

    @Test
    void shouldAnswerAsWithoutTheLayerAndTraceTheFixtureApi() throws Exception {
        String handler = "dev.orderflow.xray.fixtures.OrdersApiFixture";
        String event = LayerHarness.event("apigateway-post-order.json");
        Map<String, String> env = Map.of("FIXTURE_ENDPOINT", aws.endpoint(), "XRAY_LAYER_ANNOTATE_KEYS", "orderId");

        RuntimeApiStub.Result plain = run(handler, ClassPaths.fixtureFunction(), null, env, event);
        RuntimeApiStub.Result traced = run(handler, ClassPaths.fixtureFunction(), layer, env, event);

        assertThat(plain.error()).isFalse();
        assertThat(traced.body()).isEqualTo(plain.body());
        JsonNode doc = daemon.await(1, 10_000).get(0);
        assertThat(doc.path("name").asText()).isEqualTo("## handleRequest");
        assertThat(doc.path("trace_id").asText()).isEqualTo(TRACE_ID);
        assertThat(doc.path("parent_id").asText()).isEqualTo(PARENT);
        assertThat(doc.path("annotations").path("ColdStart").asBoolean()).isTrue();
        assertThat(doc.path("annotations").path("Service").asText()).isEqualTo("fixture");
        assertThat(doc.path("annotations").path("orderId").asText()).isEqualTo("o-123");
        assertThat(doc.path("metadata").path("lambda").path("function_name").asText()).isEqualTo("fixture");
        JsonNode call = doc.path("subsegments").get(0);
        assertThat(call.path("name").asText()).isEqualTo("EventBridge");
        List<AwsStub.Call> calls = aws.calls();
        assertThat(calls.get(0).body().path("Entries").get(0).has("TraceHeader")).as("no layer, no header").isFalse();
        assertThat(calls.get(1).body().path("Entries").get(0).path("TraceHeader").asText())
                .isEqualTo("Root=" + TRACE_ID + ";Parent=" + call.path("id").asText() + ";Sampled=1");
    }

    @Test
    void shouldReportTheFunctionsErrorAsWithoutTheLayer() throws Exception {
        String handler = "dev.orderflow.xray.fixtures.OrdersApiFixture";
        String event = LayerHarness.event("apigateway-post-order.json")
                .replace("\"queryStringParameters\": null", "\"queryStringParameters\": {\"fail\": \"true\"}");
        Map<String, String> env = Map.of("FIXTURE_ENDPOINT", aws.endpoint());

        RuntimeApiStub.Result plain = run(handler, ClassPaths.fixtureFunction(), null, env, event);
        RuntimeApiStub.Result traced = run(handler, ClassPaths.fixtureFunction(), layer, env, event);

        assertThat(plain.error()).isTrue();
        assertThat(traced.error()).isTrue();
        assertThat(traced.errorType()).isEqualTo(plain.errorType());
        JsonNode plainError = LayerHarness.json(plain.body());
        JsonNode tracedError = LayerHarness.json(traced.body());
        assertThat(tracedError.path("errorType").asText()).isEqualTo(plainError.path("errorType").asText())
                .isEqualTo("dev.orderflow.xray.fixtures.PaymentDeclinedException");
        assertThat(tracedError.path("errorMessage").asText()).isEqualTo(plainError.path("errorMessage").asText());
        assertThat(daemon.await(1, 10_000).get(0).path("fault").asBoolean()).isTrue();
    }

    @Test
    void shouldRunTheProjectsOrderHandlerJarWithTheLayer() throws Exception {
        orderHandlerWithAndWithoutLayer(System.getProperty("java.home"));
    }

    /** Lambda's java25 runtime: the layer is built for release 17 and must run there too. */
    @Test
    void shouldRunTheProjectsOrderHandlerJarWithTheLayerOnJava25() throws Exception {
        Path java25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        assumeTrue(Files.isExecutable(java25.resolve("bin/java")), "no JDK 25 at " + java25);
        orderHandlerWithAndWithoutLayer(java25.toString());
    }

    private void orderHandlerWithAndWithoutLayer(String javaHome) throws Exception {
        String handler = "dev.orderflow.orders.OrderApiHandler::handleRequest";
        List<Path> function = List.of(ClassPaths.jar("order-handler"));
        String event = LayerHarness.event("apigateway-post-order.json")
                .replace("\"httpMethod\": \"POST\"", "\"httpMethod\": \"GET\"")
                .replace("\"resource\": \"/orders\"", "\"resource\": \"/orders/{orderId}\"")
                .replace("\"path\": \"/orders\"", "\"path\": \"/orders/ord-404\"")
                .replace("\"pathParameters\": null", "\"pathParameters\": {\"orderId\": \"ord-404\"}");
        Map<String, String> env = new HashMap<>();
        for (String table : List.of("ORDERS", "INVENTORY", "PAYMENTS", "NOTIFICATIONS", "FAILED_EVENTS", "IDEMPOTENCY",
                "OUTBOX")) {
            env.put(table + "_TABLE", table.toLowerCase());
        }
        env.put("EVENT_BUS_NAME", "orders");
        env.put("AWS_ENDPOINT_URL", aws.endpoint());
        env.put("XRAY_LAYER_ANNOTATE_KEYS", "orderId");

        RuntimeApiStub.Result plain = run(javaHome, handler, function, null, env, event);
        RuntimeApiStub.Result traced = run(javaHome, handler, function, layer, env, event);

        assertThat(traced.error()).isEqualTo(plain.error()).isFalse();
        assertThat(withoutVolatile(traced.body())).isEqualTo(withoutVolatile(plain.body()));
        JsonNode doc = daemon.await(1, 10_000).get(0);
        assertThat(doc.path("annotations").path("orderId").asText()).isEqualTo("ord-404");
        assertThat(doc.path("annotations").path("EventSource").asText()).isEqualTo("apigateway");
        JsonNode call = doc.path("subsegments").get(0);
        assertThat(call.path("name").asText()).isEqualTo("DynamoDb");
        assertThat(call.path("aws").path("operation").asText()).isEqualTo("GetItem");
        assertThat(call.path("aws").path("table_name").asText()).isEqualTo("orders");
        assertThat(aws.calls().get(1).traceHeader()).startsWith("Root=" + TRACE_ID + ";Parent=" + call.path("id").asText());
    }

    /** Request ids and times differ from run to run; everything else must not. */
    private static String withoutVolatile(String body) {
        return body.replaceAll("\"requestId\\\\?\":\\s*\\\\?\"[^\"\\\\]*\\\\?\"", "\"requestId\":\"-\"");
    }

    private RuntimeApiStub.Result run(String handler, List<Path> function, Path layerDir, Map<String, String> env,
                                      String event) throws Exception {
        return run(System.getProperty("java.home"), handler, function, layerDir, env, event);
    }

    private RuntimeApiStub.Result run(String javaHome, String handler, List<Path> function, Path layerDir,
                                      Map<String, String> env, String event) throws Exception {
        Map<String, String> all = new HashMap<>(env);
        all.put("AWS_XRAY_DAEMON_ADDRESS", daemon.address());
        try (RuntimeApiStub api = new RuntimeApiStub()) {
            all.put("AWS_LAMBDA_RUNTIME_API", api.address());
            FunctionProcess fn = FunctionProcess.start(javaHome, ClassPaths.runtime(), function,
                    layerDir, handler, all, dir.resolve(layerDir == null ? "task-plain" : "task-layer"));
            try {
                return api.invoke(event, HEADER, WAIT);
            } catch (Exception e) {
                throw new AssertionError("function did not answer; its output:\n" + fn.output(), e);
            } finally {
                fn.close();
            }
        }
    }
}
