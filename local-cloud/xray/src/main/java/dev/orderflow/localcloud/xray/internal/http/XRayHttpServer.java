package dev.orderflow.localcloud.xray.internal.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.orderflow.localcloud.xray.XRayApi;
import dev.orderflow.localcloud.xray.XRayResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The thin HTTP side: the daemon's TCP port (sampling calls from the SDKs) and a standalone query
 * endpoint both answer the whole {@link XRayApi}, plus {@code GET /health} with the daemon counts.
 */
public final class XRayHttpServer implements AutoCloseable {

    private static final int MAX_BODY = 8 * 1024 * 1024;

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, each answer
        // then waits for the client's delayed ACK (about 40 ms). Read once, when the JDK's server
        // configuration loads: an application that set it either way first keeps its choice.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final XRayApi api;
    private final Supplier<String> health;

    public XRayHttpServer(InetSocketAddress address, XRayApi api, Supplier<String> health) throws IOException {
        this.api = api;
        this.health = health;
        this.server = HttpServer.create(address, 64);
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "xray-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
    }

    public void start() {
        server.start();
    }

    public InetSocketAddress localAddress() {
        return server.getAddress();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if ("GET".equals(exchange.getRequestMethod()) && "/health".equals(path)) {
                send(exchange, 200, "application/json", health.get().getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                send(exchange, 413, "application/json", ("{\"__type\":\"InvalidRequestException\",\"Message\":"
                        + "\"the request body is larger than " + MAX_BODY + " bytes\"}").getBytes(StandardCharsets.UTF_8));
                return;
            }
            XRayResponse response = api.handle(exchange.getRequestMethod(), path, body);
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            send(exchange, response.status(), null, response.body());
        }
    }

    /** Null when the body is over the limit. */
    private static byte[] readBody(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
            if (out.size() > MAX_BODY) {
                return null;
            }
        }
        return out.toByteArray();
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
