package dev.orderflow.xray.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Stands in for the X-Ray daemon: a UDP socket on a free port that keeps every datagram it receives. */
public final class SegmentCollector implements AutoCloseable {
    public static final String HEADER = "{\"format\":\"json\",\"version\":1}";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final DatagramSocket socket;
    private final List<String> raw = new ArrayList<>();

    public SegmentCollector() {
        try {
            socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    public String address() {
        return "127.0.0.1:" + port();
    }

    /** Waits (at most {@code timeoutMs} for each) until {@code count} documents have arrived; returns them parsed. */
    public List<JsonNode> await(int count, int timeoutMs) {
        byte[] buffer = new byte[70_000];
        while (raw.size() < count) {
            try {
                socket.setSoTimeout(timeoutMs);
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                raw.add(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
            } catch (SocketTimeoutException e) {
                break;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents();
    }

    /** Collects whatever arrives within {@code quietMs} of silence. */
    public List<JsonNode> drain(int quietMs) {
        return await(Integer.MAX_VALUE, quietMs);
    }

    public List<String> rawDatagrams() {
        return List.copyOf(raw);
    }

    public List<JsonNode> documents() {
        List<JsonNode> docs = new ArrayList<>();
        for (String datagram : raw) {
            int newline = datagram.indexOf('\n');
            if (newline < 0 || !datagram.substring(0, newline).equals(HEADER)) {
                throw new AssertionError("not an X-Ray daemon datagram: " + datagram);
            }
            try {
                docs.add(MAPPER.readTree(datagram.substring(newline + 1)));
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + datagram, e);
            }
        }
        return docs;
    }

    @Override
    public void close() {
        socket.close();
    }
}
