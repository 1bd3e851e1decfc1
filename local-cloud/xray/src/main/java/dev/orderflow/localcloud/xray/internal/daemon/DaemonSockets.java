package dev.orderflow.localcloud.xray.internal.daemon;

import dev.orderflow.localcloud.xray.DaemonAddress;
import dev.orderflow.localcloud.xray.XRayApi;
import dev.orderflow.localcloud.xray.internal.http.XRayHttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.function.Supplier;

/**
 * The daemon's two sockets on one address: UDP for segments, TCP (HTTP) for the SDKs' sampling
 * calls and the query API. With port 0 both get the same free port, as the SDKs expect.
 */
public final class DaemonSockets implements AutoCloseable {

    private static final int ATTEMPTS = 20;

    private final UdpReceiver udp;
    private final XRayHttpServer tcp;

    private DaemonSockets(UdpReceiver udp, XRayHttpServer tcp) {
        this.udp = udp;
        this.tcp = tcp;
    }

    public static DaemonSockets bind(DaemonAddress address, IngestPipeline pipeline, DaemonCounters counters,
                                     XRayApi api, Supplier<String> health) throws IOException {
        boolean samePort = address.udp().equals(address.tcp());
        for (int attempt = 1; ; attempt++) {
            UdpReceiver udp;
            try {
                udp = new UdpReceiver(address.udp(), pipeline, counters);
            } catch (BindException e) {
                throw new BindException("X-Ray daemon UDP address " + address.udp() + " is in use");
            }
            InetSocketAddress tcpAddress = samePort && address.tcp().getPort() == 0
                    ? new InetSocketAddress(address.tcp().getAddress(), udp.localAddress().getPort())
                    : address.tcp();
            try {
                XRayHttpServer tcp = new XRayHttpServer(tcpAddress, api, health);
                udp.start();
                tcp.start();
                return new DaemonSockets(udp, tcp);
            } catch (BindException e) {
                udp.close();
                if (address.tcp().getPort() != 0 || attempt >= ATTEMPTS) {
                    throw new BindException("X-Ray daemon TCP address " + tcpAddress + " is in use");
                }
            }
        }
    }

    public InetSocketAddress udpAddress() {
        return udp.localAddress();
    }

    public InetSocketAddress tcpAddress() {
        return tcp.localAddress();
    }


    @Override
    public void close() {
        tcp.close();
        udp.close();
    }
}
