package dev.orderflow.localcloud.xray;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * Where a daemon listens, written as the SDKs read {@code AWS_XRAY_DAEMON_ADDRESS}: {@code host:port}
 * for both protocols, or {@code tcp:host:port udp:host:port} (either order) for different ones.
 */
public record DaemonAddress(InetSocketAddress udp, InetSocketAddress tcp) {

    public static final DaemonAddress DEFAULT = parse("127.0.0.1:2000");

    public DaemonAddress {
        Objects.requireNonNull(udp, "udp");
        Objects.requireNonNull(tcp, "tcp");
    }

    public static DaemonAddress parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a daemon address is host:port or \"tcp:host:port udp:host:port\"");
        }
        String[] parts = value.trim().split("\\s+");
        if (parts.length == 1) {
            InetSocketAddress both = hostPort(parts[0], value);
            return new DaemonAddress(both, both);
        }
        InetSocketAddress udp = null;
        InetSocketAddress tcp = null;
        for (String part : parts) {
            if (part.startsWith("udp:")) {
                udp = hostPort(part.substring(4), value);
            } else if (part.startsWith("tcp:")) {
                tcp = hostPort(part.substring(4), value);
            }
        }
        if (parts.length != 2 || udp == null || tcp == null) {
            throw new IllegalArgumentException("daemon address '" + value + "' must be host:port or \"tcp:host:port udp:host:port\"");
        }
        return new DaemonAddress(udp, tcp);
    }

    private static InetSocketAddress hostPort(String hostPort, String whole) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new IllegalArgumentException("daemon address '" + whole + "' needs host:port");
        }
        int port;
        try {
            port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("daemon address '" + whole + "' has a port that is not a number");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("daemon address '" + whole + "' has a port out of range");
        }
        return new InetSocketAddress(hostPort.substring(0, colon), port);
    }

    /** The value to give functions as {@code AWS_XRAY_DAEMON_ADDRESS}. */
    public String toEnvironmentValue() {
        if (udp.equals(tcp)) {
            return text(udp);
        }
        return "tcp:" + text(tcp) + " udp:" + text(udp);
    }

    private static String text(InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }

    @Override
    public String toString() {
        return toEnvironmentValue();
    }
}
