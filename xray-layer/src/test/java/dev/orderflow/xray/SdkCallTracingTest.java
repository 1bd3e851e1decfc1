package dev.orderflow.xray;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.config.DaemonConfiguration;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.xray.internal.InitTask;
import dev.orderflow.xray.internal.LayerRecorder;
import dev.orderflow.xray.internal.SdkCallTracing;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/**
 * Every AWS SDK v2 call is a subsegment, whenever it comes: the X-Ray interceptor the layer shares
 * between clients is built at init on the layer's own thread, and a call that comes before that
 * build is done is still traced (it does the build itself, or waits for the one under way).
 */
class SdkCallTracingTest {
    private LayerHarness layer;
    private Thread initThread;

    @BeforeEach
    void start() throws Exception {
        layer = new LayerHarness();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (initThread != null) {
            initThread.join(10_000);
        }
        layer.close();
    }

    @Test
    void shouldTraceACallThatComesBeforeTheInitThreadStarted() throws Exception {
        SdkCallTracing.prepare(readyRecorder());

        putEvent(eventBridge());

        JsonNode call = layer.segments(1).get(0);
        assertThat(call.path("name").asText()).isEqualTo("EventBridge");
        assertThat(call.path("parent_id").asText()).isEqualTo(LayerHarness.FUNCTION_SEGMENT_ID);
        assertThat(layer.aws.calls().get(0).traceHeader())
                .isEqualTo("Root=" + LayerHarness.TRACE_ID + ";Parent=" + call.path("id").asText() + ";Sampled=1");
    }

    @Test
    void shouldTraceACallThatComesWhileTheInitThreadIsStillBuilding() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        InitTask<AWSXRayRecorder> slowRecorder = new InitTask<>("test", "untraced", () -> {
            release.await(10, TimeUnit.SECONDS);
            return LayerRecorder.configure(() -> layer.recorder, this::daemon);
        });
        InitTask<?> sdkTracing = SdkCallTracing.prepare(slowRecorder);
        initThread = new Thread(() -> {
            slowRecorder.run();
            sdkTracing.run();
        });
        initThread.start();
        EventBridgeClient client = eventBridge();
        Thread caller = Thread.currentThread();
        AtomicBoolean sentBeforeTheBuild = new AtomicBoolean(true);
        Thread releaser = new Thread(() -> {
            awaitWaiting(caller);
            sentBeforeTheBuild.set(!layer.aws.calls().isEmpty());
            release.countDown();
        });
        releaser.start();

        putEvent(client);

        releaser.join(10_000);
        assertThat(sentBeforeTheBuild).as("the call waited for the build under way").isFalse();
        assertThat(layer.segments(1)).singleElement()
                .satisfies(call -> assertThat(call.path("name").asText()).isEqualTo("EventBridge"));
        assertThat(layer.aws.calls().get(0).traceHeader()).startsWith("Root=" + LayerHarness.TRACE_ID + ";Parent=");
    }

    /** Until the thread blocks in a timed wait (here: for the set-up the init thread is doing). */
    private static void awaitWaiting(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    @Test
    void shouldShareOneXRayInterceptorBetweenClients() throws Exception {
        SdkCallTracing.prepare(readyRecorder());

        putEvent(eventBridge());
        putEvent(eventBridge());

        assertThat(SdkCallTracing.interceptor()).isSameAs(SdkCallTracing.interceptor()).isNotNull();
        List<JsonNode> calls = layer.segments(2);
        assertThat(calls).hasSize(2).allSatisfy(c -> assertThat(c.path("name").asText()).isEqualTo("EventBridge"));
        assertThat(calls.get(0).path("id").asText()).isNotEqualTo(calls.get(1).path("id").asText());
    }

    @Test
    void shouldLeaveCallsUntracedButWorkingWhenTheXRaySdkCannotStart() throws Exception {
        SdkCallTracing.prepare(new InitTask<>("test-recorder", "untraced", () -> {
            throw new IllegalStateException("the runtime's Jackson is too old");
        }));

        putEvent(eventBridge());

        assertThat(layer.aws.calls()).hasSize(1);
        assertThat(layer.aws.calls().get(0).traceHeader()).isNull();
        assertThat(layer.aws.calls().get(0).body().path("Entries").get(0).has("TraceHeader")).isFalse();
        assertThat(layer.collector.drain(300)).isEmpty();
    }

    @Test
    void shouldLeaveCallsAloneWhenTheLayerIsOff() throws Exception {
        SdkCallTracing.off();

        putEvent(eventBridge());

        assertThat(layer.aws.calls().get(0).traceHeader()).isNull();
        assertThat(layer.collector.drain(300)).isEmpty();
    }

    private InitTask<AWSXRayRecorder> readyRecorder() {
        return new InitTask<>("test", "untraced", () -> LayerRecorder.configure(() -> layer.recorder, this::daemon));
    }

    private DaemonConfiguration daemon() {
        DaemonConfiguration daemon = new DaemonConfiguration();
        daemon.setDaemonAddress(layer.collector.address());
        return daemon;
    }

    private EventBridgeClient eventBridge() {
        return EventBridgeClient.builder().endpointOverride(URI.create(layer.aws.endpoint())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    private static void putEvent(EventBridgeClient client) {
        client.putEvents(b -> b.entries(PutEventsRequestEntry.builder().eventBusName("orders").source("orderflow.orders")
                .detailType("OrderPlaced").detail("{\"orderId\":\"o-1\"}").build()));
    }

}
