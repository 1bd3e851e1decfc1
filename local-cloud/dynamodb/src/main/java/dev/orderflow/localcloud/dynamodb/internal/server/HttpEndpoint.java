package dev.orderflow.localcloud.dynamodb.internal.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.orderflow.localcloud.dynamodb.DynamoDbProtocol;
import dev.orderflow.localcloud.dynamodb.DynamoDbResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The HTTP face of the protocol: {@code POST /} with X-Amz-Target, on the JDK's HTTP server. */
public final class HttpEndpoint implements AutoCloseable {

    static {
        // Responses are small and written as headers then body: without TCP_NODELAY, Nagle's
        // algorithm and delayed ACKs would add ~40 ms to keep-alive requests.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final byte[] HEALTHY = "healthy: dynamodb.us-east-1.amazonaws.com".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService workers;

    public HttpEndpoint(String host, int port, DynamoDbProtocol protocol, int threads) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(host, port), 512);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "local-dynamodb-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", exchange -> serve(exchange, protocol));
        server.start();
    }

    public URI endpoint() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + address.getPort());
    }

    private static void serve(HttpExchange exchange, DynamoDbProtocol protocol) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, HEALTHY.length);
                exchange.getResponseBody().write(HEALTHY);
                return;
            }
            DynamoDbResponse response = protocol.handle(exchange.getRequestHeaders().getFirst("X-Amz-Target"), body);
            for (Map.Entry<String, String> h : response.headers().entrySet()) {
                exchange.getResponseHeaders().set(h.getKey(), h.getValue());
            }
            exchange.sendResponseHeaders(response.statusCode(), response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
