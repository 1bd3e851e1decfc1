package dev.orderflow.localcloud.edge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The edge endpoint: one port for every emulated AWS API, so that a function or a user needs only
 * {@code AWS_ENDPOINT_URL}. {@code GET /_local/health} answers 200 once every component is running,
 * 503 before, naming each with its state.
 */
public final class EdgeServer implements AutoCloseable {

    /** AWS accepts no request body larger than this on any API the edge serves. */
    static final int MAX_BODY = 16 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(EdgeServer.class.getName());

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<EdgeService> services = new CopyOnWriteArrayList<>();
    private final Map<String, Supplier<ServiceHealth>> components = new java.util.concurrent.ConcurrentSkipListMap<>();

    private EdgeServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Binds the port (0 for any free one); nothing is served until {@link #start()}. */
    public static EdgeServer bind(String host, int port) throws IOException {
        HttpServer server = HttpServers.create(host, port, 256);
        ExecutorService executor = DaemonThreads.cachedPool("edge");
        server.setExecutor(executor);
        EdgeServer edge = new EdgeServer(server, executor);
        server.createContext("/", edge::serve);
        return edge;
    }

    public EdgeServer register(EdgeService service) {
        services.add(service);
        components.put(service.name(), service::health);
        return this;
    }

    /** A component that is not an AWS API on this port (the API Gateway, Lambda) but counts for health. */
    public EdgeServer component(String name, Supplier<ServiceHealth> health) {
        components.put(name, health);
        return this;
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + port();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try {
            Optional<EdgeRequest> request = HttpExchanges.read(exchange, MAX_BODY);
            EdgeResponse response = request.map(this::dispatch).orElseGet(() -> EdgeResponse.awsError(413,
                    "RequestEntityTooLargeException", "Request body is larger than " + MAX_BODY + " bytes",
                    "application/json"));
            HttpExchanges.write(exchange, response);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "edge request failed: " + exchange.getRequestURI(), e);
            HttpExchanges.write(exchange, EdgeResponse.awsError(500, "InternalFailure",
                    "The local cloud failed to process the request: " + e, "application/json"));
        }
    }

    private EdgeResponse dispatch(EdgeRequest request) {
        if (request.path().equals("/_local/health")) {
            return health();
        }
        for (EdgeService service : services) {
            if (service.handles(request)) {
                return service.handle(request);
            }
        }
        String what = request.target().isEmpty() ? request.method() + " " + request.path() : "X-Amz-Target " + request.target();
        return EdgeResponse.awsError(404, "UnknownOperationException",
                "The local cloud does not emulate " + what, "application/json");
    }

    private EdgeResponse health() {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ObjectNode states = body.putObject("services");
        boolean ready = true;
        for (Map.Entry<String, Supplier<ServiceHealth>> component : components.entrySet()) {
            ServiceHealth health = component.getValue().get();
            ObjectNode node = states.putObject(component.getKey());
            node.put("state", health.state());
            health.details().forEach((key, value) -> node.set(key, Json.MAPPER.valueToTree(value)));
            ready &= health.isRunning();
        }
        body.put("status", ready ? "ready" : "starting");
        return EdgeResponse.json(ready ? 200 : 503, body.toString());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
