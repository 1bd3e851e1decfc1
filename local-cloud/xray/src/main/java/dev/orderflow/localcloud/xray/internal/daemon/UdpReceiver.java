package dev.orderflow.localcloud.xray.internal.daemon;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;

/**
 * The daemon's UDP side: one thread reads datagrams (up to 64 KiB), strips the protocol header
 * and hands the document to the pipeline. It never parses JSON bodies nor waits for storage.
 */
public final class UdpReceiver implements AutoCloseable {

    private static final int MAX_DATAGRAM = 64 * 1024;
    private static final int SOCKET_BUFFER = 4 * 1024 * 1024;

    private final DatagramSocket socket;
    private final IngestPipeline pipeline;
    private final DaemonCounters counters;
    private final RateLimitedLog malformedLog = new RateLimitedLog();
    private final Thread thread;
    private volatile boolean running = true;

    public UdpReceiver(InetSocketAddress address, IngestPipeline pipeline, DaemonCounters counters) throws SocketException {
        this.socket = new DatagramSocket(null);
        this.socket.setReceiveBufferSize(SOCKET_BUFFER);
        this.socket.bind(address);
        this.pipeline = pipeline;
        this.counters = counters;
        this.thread = new Thread(this::receiveLoop, "xray-udp-" + socket.getLocalPort());
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    private void receiveLoop() {
        byte[] buffer = new byte[MAX_DATAGRAM + 1];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (running) {
            try {
                packet.setLength(buffer.length);
                socket.receive(packet);
                counters.datagrams.increment();
                handle(buffer, packet.getLength());
            } catch (IOException e) {
                if (running) {
                    malformedLog.warn("X-Ray UDP receive failed, continuing: {0}", e.toString());
                }
            }
        }
    }

    private void handle(byte[] buffer, int length) {
        byte[] document = length > MAX_DATAGRAM ? null : DatagramFraming.body(buffer, length);
        if (document == null) {
            counters.malformedDatagrams.increment();
            malformedLog.warn("X-Ray daemon dropped malformed datagrams: {0} so far", counters.malformedDatagrams.sum());
            return;
        }
        pipeline.offer(document);
    }

    @Override
    public void close() {
        running = false;
        socket.close();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
