package dev.orderflow.xray;

import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.AWSXRayRecorderBuilder;
import com.amazonaws.xray.config.DaemonConfiguration;
import com.amazonaws.xray.strategy.LogErrorContextMissingStrategy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderflow.xray.support.AwsStub;
import dev.orderflow.xray.support.FixtureContext;
import dev.orderflow.xray.support.SegmentCollector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Runs handlers through the layer in this JVM as the runtime would: the trace header in the
 * system property the runtime interface client sets, segments sent over UDP to a collector,
 * SDK calls answered by a stub.
 */
final class LayerHarness implements AutoCloseable {
    static final String TRACE_ID = "1-6740a1b2-3f1e2d4c5b6a79880a1b2c3d";
    static final String FUNCTION_SEGMENT_ID = "53995c3f42cd8ad8";
    static final String SAMPLED_HEADER = "Root=" + TRACE_ID + ";Parent=" + FUNCTION_SEGMENT_ID + ";Sampled=1";
    private static final String TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final SegmentCollector collector = new SegmentCollector();
    final AwsStub aws;
    final AWSXRayRecorder recorder;

    LayerHarness() throws IOException {
        aws = new AwsStub();
        System.setProperty("fixture.endpoint", aws.endpoint());
        recorder = AWSXRayRecorderBuilder.standard().withContextMissingStrategy(new LogErrorContextMissingStrategy()).build();
        AWSXRay.setGlobalRecorder(recorder);
        traceHeader(SAMPLED_HEADER);
    }

    static void traceHeader(String header) {
        if (header == null) {
            System.clearProperty(TRACE_PROPERTY);
        } else {
            System.setProperty(TRACE_PROPERTY, header);
        }
    }

    TracingHandler handler(String original) throws Throwable {
        return handler(original, b -> b);
    }

    TracingHandler handler(String original, UnaryOperator<LayerConfig.Builder> settings) throws Throwable {
        return handlerSendingTo(original, settings, collector.address());
    }

    TracingHandler handlerSendingTo(String original, UnaryOperator<LayerConfig.Builder> settings, String daemonAddress)
            throws Throwable {
        LayerConfig config = settings.apply(LayerConfig.builder().originalHandler(original)
                .service("orderflow").environment("test")).build();
        DaemonConfiguration daemon = new DaemonConfiguration();
        daemon.setDaemonAddress(daemonAddress);
        return new TracingHandler(config, () -> recorder, () -> daemon);
    }

    static String invoke(TracingHandler handler, String event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new FixtureContext("req-1"));
        return out.toString(StandardCharsets.UTF_8);
    }

    static String event(String name) {
        try (InputStream in = LayerHarness.class.getResourceAsStream("/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents that arrived, waiting at most a few seconds for {@code count}. */
    List<JsonNode> segments(int count) {
        return collector.await(count, 5_000);
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        traceHeader(null);
        System.clearProperty("fixture.endpoint");
        collector.close();
        aws.close();
    }
}
