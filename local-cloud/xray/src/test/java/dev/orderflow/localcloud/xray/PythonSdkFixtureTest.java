package dev.orderflow.localcloud.xray;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.xray.XRayClient;

/**
 * Datagrams the X-Ray SDK for Python sent (python-sdk/capture.py), replayed to the daemon: they are
 * accepted and assembled as the live ones are. The clock is set to the capture time so the traces
 * are within retention whenever this runs.
 */
class PythonSdkFixtureTest {

    private final Map<String, String> traces = new HashMap<>();
    private final List<byte[]> datagrams = new ArrayList<>();
    private long capturedAt;

    private void load() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/python-sdk/datagrams.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.startsWith("# captured-at ")) {
                    capturedAt = Long.parseLong(line.substring(14).trim());
                } else if (line.startsWith("# ")) {
                    String[] kindAndId = line.substring(2).split(" ");
                    traces.put(kindAndId[0], kindAndId[1]);
                } else if (!line.isBlank()) {
                    datagrams.add(Base64.getDecoder().decode(line.trim()));
                }
            }
        }
    }

    @Test
    void shouldAssembleWhatThePythonSdkSent() throws Exception {
        load();
        Clock captureTime = Clock.fixed(Instant.ofEpochSecond(capturedAt + 60), ZoneOffset.UTC);
        try (LocalXRay xray = LocalXRay.builder().address("127.0.0.1:0").clock(captureTime).start();
             XRayClient client = Clients.xray(xray);
             DatagramSocket socket = new DatagramSocket()) {
            for (byte[] datagram : datagrams) {
                socket.send(new DatagramPacket(datagram, datagram.length, xray.daemonAddress().udp()));
            }
            Await.accepted(xray, datagrams.size());
            assertThat(xray.stats().dropped()).isZero();
            PythonTraceChecks.checkWholeSegment(client, traces.get("whole"));
            PythonTraceChecks.checkStreamedSegment(client, traces.get("streamed"));
        }
    }
}
