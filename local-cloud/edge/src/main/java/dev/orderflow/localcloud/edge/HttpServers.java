package dev.orderflow.localcloud.edge;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Creates the local cloud's HTTP servers with TCP_NODELAY on their connections. The JDK's server
 * writes a response's headers and body separately; without it Nagle's algorithm holds the body
 * until the client's delayed ACK, 40 ms later: measured, a warm {@code POST /orders} took 165 ms
 * instead of 25 ms. The JDK reads the setting once, when its first server is created.
 */
public final class HttpServers {

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private HttpServers() {
    }

    public static HttpServer create(String host, int port, int backlog) throws IOException {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        return HttpServer.create(new InetSocketAddress(host, port), backlog);
    }
}
