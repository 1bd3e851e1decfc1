package dev.orderflow.localcloud.dynamodb.internal.server;

import dev.orderflow.localcloud.dynamodb.DynamoDbProtocol;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A small HTTP/1.1 server for {@code POST /}: one thread per keep-alive connection, each
 * request read, served and answered on that thread. Measured against the JDK's
 * com.sun.net.httpserver (whose dispatcher hands every request to another thread), this
 * serves several times more GetItem/s on two cores; see the module README.
 */
public final class HttpEndpoint implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpEndpoint.class.getName());

    private final ServerSocket server;
    private final DynamoDbProtocol protocol;
    private final int maxConnections;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger names = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean closed;

    public HttpEndpoint(String host, int port, DynamoDbProtocol protocol, int maxConnections) throws IOException {
        this.protocol = protocol;
        this.maxConnections = maxConnections;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getByName(host), port), 512);
        this.acceptor = new Thread(this::acceptLoop, "local-dynamodb-accept-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public URI endpoint() {
        InetAddress address = server.getInetAddress();
        String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + server.getLocalPort());
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                if (open.size() >= maxConnections) {
                    // Over the limit: refuse rather than queue without bound; clients retry.
                    socket.close();
                    continue;
                }
                open.add(socket);
                Thread t = new Thread(() -> serve(socket), "local-dynamodb-http-" + names.incrementAndGet());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(Level.WARNING, "accept failed", e);
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            new HttpConnection(socket, protocol).run();
        } catch (IOException e) {
            LOG.log(Level.FINE, "connection ended", e);
        } finally {
            open.remove(socket);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "close failed", e);
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "close failed", e);
            }
        }
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
