package dev.orderflow.localcloud.xray;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.daemon.DatagramFraming;
import dev.orderflow.localcloud.xray.internal.json.Json;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.xray.XRayClient;

/** Garbage, truncated, oversized and wrongly identified input, and a flood: counted, never fatal. */
class MalformedInputIT {

    private LocalXRay xray;
    private DatagramSocket socket;

    @BeforeEach
    void start() throws Exception {
        xray = LocalXRay.builder().address("127.0.0.1:0").queueCapacity(256).start();
        socket = new DatagramSocket();
    }

    @AfterEach
    void stop() {
        socket.close();
        xray.close();
    }

    private void send(byte[] datagram) throws Exception {
        socket.send(new DatagramPacket(datagram, datagram.length, xray.daemonAddress().udp()));
    }

    private void sendDocument(String document) throws Exception {
        send(DatagramFraming.frame(document.getBytes(StandardCharsets.UTF_8)));
    }

    private String validDocument() {
        return TestDocs.text(TestDocs.segment(TestDocs.traceId(), TestDocs.id(), "survivor", TestDocs.now(), TestDocs.now()));
    }

    /** Until no datagram has arrived for 300 ms: the sender is done and the socket buffer drained. */
    private void awaitQuiet() throws InterruptedException {
        long last = -1;
        long now = xray.stats().datagrams();
        while (now != last) {
            Thread.sleep(300);
            last = now;
            now = xray.stats().datagrams();
        }
    }

    /** Every datagram read is accounted for once the queue has drained. */
    private void assertEverythingCounted() {
        assertThat(xray.awaitIngested(Duration.ofSeconds(30))).isTrue();
        DaemonStats stats = xray.stats();
        assertThat(stats.malformedDatagrams() + stats.queueOverflows() + stats.accepted() + stats.rejected()
                + stats.traceLimitDrops()).as(stats.toString()).isEqualTo(stats.datagrams());
    }

    private void assertStillServing() throws Exception {
        String survivor = validDocument();
        long accepted = xray.stats().accepted();
        sendDocument(survivor);
        Await.accepted(xray, accepted + 1);
        try (XRayClient client = Clients.xray(xray)) {
            String traceId = Json.read(survivor).path("trace_id").asText();
            assertThat(client.batchGetTraces(b -> b.traceIds(traceId)).traces()).hasSize(1);
        }
    }

    @Test
    void shouldCountGarbageAndTruncatedDatagramsAsDropped() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] garbage = new byte[1 + random.nextInt(2000)];
            random.nextBytes(garbage);
            send(garbage);
        }
        send(new byte[65_507]);
        send("{\"format\":\"json\",\"version\":1}".getBytes(StandardCharsets.UTF_8));
        send("{\"format\":\"json\",\"version\":1}\n".getBytes(StandardCharsets.UTF_8));
        String valid = validDocument();
        sendDocument(valid.substring(0, valid.length() / 2));
        sendDocument("{\"format\":\"json\"}");
        Await.until(() -> "all datagrams read: " + xray.stats(), Duration.ofSeconds(15), () -> xray.stats().datagrams() >= 205);
        assertEverythingCounted();
        DaemonStats stats = xray.stats();
        assertThat(stats.malformedDatagrams()).isEqualTo(203);
        assertThat(stats.rejected()).isEqualTo(2);
        assertThat(stats.accepted()).isZero();
        assertStillServing();
    }

    @Test
    void shouldRefuseWrongTraceIdsAndOldTraces() throws Exception {
        double now = TestDocs.now();
        sendDocument(TestDocs.text(TestDocs.segment("1-zzzzzzzz-000000000000000000000000", TestDocs.id(), "x", now, now)));
        sendDocument(TestDocs.text(TestDocs.segment("2-5f5e1000-000000000000000000000000", TestDocs.id(), "x", now, now)));
        sendDocument(TestDocs.text(TestDocs.segment("1-5f5e1000-0000", TestDocs.id(), "x", now, now)));
        String old = String.format("1-%08x-%024x", Instant.now().minus(Duration.ofDays(40)).getEpochSecond(), 1);
        sendDocument(TestDocs.text(TestDocs.segment(old, TestDocs.id(), "x", now, now)));
        Await.until("4 rejections", Duration.ofSeconds(15), () -> xray.stats().rejected() >= 4);
        assertEverythingCounted();
        assertThat(xray.stats().accepted()).isZero();
        assertStillServing();
    }

    @Test
    void shouldRefuseAnOversizedDocumentThroughTheApi() throws Exception {
        ObjectNode doc = TestDocs.segment(TestDocs.traceId(), "00000000000000ff", "big", TestDocs.now(), TestDocs.now());
        doc.putObject("metadata").put("blob", "x".repeat(70_000));
        try (XRayClient client = Clients.xray(xray)) {
            var unprocessed = client.putTraceSegments(b -> b.traceSegmentDocuments(TestDocs.text(doc))).unprocessedTraceSegments();
            assertThat(unprocessed).singleElement().satisfies(u -> {
                assertThat(u.errorCode()).isEqualTo("DocumentTooLarge");
                assertThat(u.message()).contains("the limit is 65536");
            });
        }
        assertThat(xray.stats().traces()).isZero();
    }

    @Test
    void shouldSurviveAFloodAndSayWhatItDropped() throws Exception {
        byte[][] documents = new byte[2_000][];
        for (int i = 0; i < documents.length; i++) {
            documents[i] = DatagramFraming.frame(validDocument().getBytes(StandardCharsets.UTF_8));
        }
        int sent = 100_000;
        for (int i = 0; i < sent; i++) {
            send(documents[i % documents.length]);
        }
        awaitQuiet();
        assertEverythingCounted();
        DaemonStats stats = xray.stats();
        assertThat(stats.datagrams()).isLessThanOrEqualTo(sent);
        assertThat(stats.accepted()).isPositive();
        // What the kernel dropped before the daemon read it is sent minus datagrams; the rest is in the counts.
        assertThat(stats.accepted() + stats.queueOverflows()).isEqualTo(stats.datagrams());
        JsonNode health = Json.read(new java.net.URL(Clients.endpoint(xray) + "/health").openStream().readAllBytes());
        assertThat(health.path("queueOverflows").asLong()).isEqualTo(stats.queueOverflows());
        assertStillServing();
    }
}
