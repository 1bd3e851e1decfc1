package dev.orderflow.localcloud.xray;

import dev.orderflow.localcloud.xray.internal.daemon.DatagramFraming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends segment documents to a daemon over UDP with the daemon protocol, as the X-Ray SDKs do:
 * the emitter of {@code --external-xray-daemon}, which forwards platform segments to a daemon running
 * elsewhere (such as the AWS X-Ray daemon, to a real account). Failures are counted, never thrown.
 */
public final class UdpSegmentEmitter implements SegmentEmitter, AutoCloseable {

    private static final int MAX_DATAGRAM = 65_507;

    private final DaemonAddress address;
    private final DatagramSocket socket;
    private final LongAdder sent = new LongAdder();
    private final LongAdder failed = new LongAdder();

    public UdpSegmentEmitter(DaemonAddress address) {
        this.address = address;
        try {
            this.socket = new DatagramSocket();
        } catch (SocketException e) {
            throw new UncheckedIOException("cannot open a UDP socket to emit segments", e);
        }
    }

    @Override
    public boolean emit(String document) {
        byte[] datagram = DatagramFraming.frame(document.getBytes(StandardCharsets.UTF_8));
        if (datagram.length > MAX_DATAGRAM) {
            failed.increment();
            return false;
        }
        try {
            socket.send(new DatagramPacket(datagram, datagram.length, address.udp()));
            sent.increment();
            return true;
        } catch (IOException | RuntimeException e) {
            failed.increment();
            return false;
        }
    }

    public DaemonAddress address() {
        return address;
    }

    public long sent() {
        return sent.sum();
    }

    public long failed() {
        return failed.sum();
    }

    @Override
    public void close() {
        socket.close();
    }
}
