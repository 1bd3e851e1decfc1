package dev.orderflow.xray;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.xray.support.AwsStub;
import dev.orderflow.xray.support.ClassPaths;
import dev.orderflow.xray.support.FunctionProcess;
import dev.orderflow.xray.support.RuntimeApiStub;
import dev.orderflow.xray.support.SegmentCollector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layer ships no Jackson: it uses the copy shaded in the Lambda runtime's
 * aws-lambda-java-serialization. Here the built layer runs, in a fresh JVM under the real runtime
 * interface client, on runtimes carrying each serialization version the build copies into
 * target/runtime-serialization (see the pom): with a Jackson from 2.14 on, everything is recorded;
 * with an older one, tracing stays off and the function answers exactly as without the layer.
 */
class RuntimeJacksonIT {
    private static final String TRACE_ID = "1-6740a1b2-3f1e2d4c5b6a79880a1b2c3d";
    private static final String HEADER = "Root=" + TRACE_ID + ";Parent=53995c3f42cd8ad8;Sampled=1";
    private static final String HANDLER = "dev.orderflow.xray.fixtures.OrdersApiFixture";
    private static final Path VERSIONS = Paths.get("target/runtime-serialization").toAbsolutePath();

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

    /** Versions with Jackson 2.14.2, 2.15.4 and 2.18.6 inside (the pom names them). */
    static Stream<String> supported() {
        return versions("runtime.serialization.supported");
    }

    /** A version with Jackson 2.10.0 inside. */
    static Stream<String> tooOld() {
        return versions("runtime.serialization.tooOld");
    }

    private static Stream<String> versions(String property) {
        String list = System.getProperty(property);
        assertThat(list).as("system property %s (set by the pom)", property).isNotBlank();
        return Arrays.stream(list.split(",")).map(String::trim);
    }

    @ParameterizedTest
    @MethodSource("supported")
    void shouldRecordEverythingWithTheRuntimesJackson(String serialization) throws Exception {
        String event = LayerHarness.event("apigateway-post-order.json");

        RuntimeApiStub.Result plain = run(serialization, null, event);
        RuntimeApiStub.Result traced = run(serialization, layer, event);

        assertThat(traced.error()).isFalse();
        assertThat(traced.body()).isEqualTo(plain.body());
        JsonNode doc = daemon.await(1, 10_000).get(0);
        assertThat(doc.path("name").asText()).isEqualTo("## handleRequest");
        assertThat(doc.path("trace_id").asText()).isEqualTo(TRACE_ID);
        assertThat(doc.path("annotations").path("orderId").asText()).isEqualTo("o-123");
        assertThat(doc.path("annotations").path("EventSource").asText()).isEqualTo("apigateway");
        assertThat(doc.path("http").path("response").path("status").asInt()).isEqualTo(201);
        JsonNode request = doc.path("metadata").path("payload").path("request");
        assertThat(request.path("body").path("email").asText()).isEqualTo("[redacted]");
        assertThat(request.path("body").path("customerId").asText()).isEqualTo("c-42");
        JsonNode call = doc.path("subsegments").get(0);
        assertThat(call.path("name").asText()).isEqualTo("EventBridge");
        assertThat(call.path("aws").path("operation").asText()).isEqualTo("PutEvents");
        assertThat(call.path("aws").path("detail_types").get(0).asText()).isEqualTo("OrderPlaced");
        assertThat(aws.calls().get(1).body().path("Entries").get(0).path("TraceHeader").asText())
                .isEqualTo("Root=" + TRACE_ID + ";Parent=" + call.path("id").asText() + ";Sampled=1");
    }

    /** Too old for the X-Ray SDK: tracing stays off, said once, and nothing else changes. */
    @ParameterizedTest
    @MethodSource("tooOld")
    void shouldRunUntracedOnARuntimeWithAnOlderJackson(String serialization) throws Exception {
        String event = LayerHarness.event("apigateway-post-order.json");

        RuntimeApiStub.Result plain = run(serialization, null, event);
        RuntimeApiStub.Result traced = run(serialization, layer, event);

        assertThat(traced.error()).isEqualTo(plain.error()).isFalse();
        assertThat(traced.body()).isEqualTo(plain.body());
        assertThat(daemon.drain(500)).isEmpty();
        assertThat(aws.calls().get(1).traceHeader()).as("what the AWS SDK itself passes on in Lambda, nothing more")
                .isEqualTo(aws.calls().get(0).traceHeader());
        assertThat(aws.calls().get(1).body()).isEqualTo(aws.calls().get(0).body());
        assertThat(Files.readString(dir.resolve("task-layer/function-with-layer.log")))
                .contains("\"logger\":\"xray-layer\"").contains("2.10.0");
    }

    private RuntimeApiStub.Result run(String serialization, Path layerDir, String event) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("FIXTURE_ENDPOINT", aws.endpoint());
        env.put("XRAY_LAYER_ANNOTATE_KEYS", "orderId");
        env.put("XRAY_LAYER_CAPTURE_BODIES", "true");
        env.put("AWS_XRAY_DAEMON_ADDRESS", daemon.address());
        List<Path> runtime = ClassPaths.runtimeWith(VERSIONS.resolve("aws-lambda-java-serialization-" + serialization + ".jar"));
        try (RuntimeApiStub api = new RuntimeApiStub()) {
            env.put("AWS_LAMBDA_RUNTIME_API", api.address());
            FunctionProcess fn = FunctionProcess.start(System.getProperty("java.home"), runtime,
                    ClassPaths.fixtureFunction(), layerDir, HANDLER, env,
                    dir.resolve(layerDir == null ? "task-plain" : "task-layer"));
            try {
                return api.invoke(event, HEADER, Duration.ofSeconds(60));
            } catch (Exception e) {
                throw new AssertionError("function did not answer; its output:\n" + fn.output(), e);
            } finally {
                fn.close();
            }
        }
    }
}
