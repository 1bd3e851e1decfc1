package dev.orderflow.localcloud.apigateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.orderflow.localcloud.apigateway.internal.RequestHandler;
import dev.orderflow.localcloud.edge.DaemonThreads;
import dev.orderflow.localcloud.edge.EdgeRequest;
import dev.orderflow.localcloud.edge.EdgeResponse;
import dev.orderflow.localcloud.edge.HttpExchanges;
import dev.orderflow.localcloud.edge.HttpServers;
import dev.orderflow.localcloud.edge.ServiceHealth;
import dev.orderflow.localcloud.lambda.LambdaService;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The local API Gateway: every REST API of the template on one port, as {@code sam local
 * start-api} serves them, at their paths with or without the stage prefix.
 */
public final class ApiGateway implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ApiGateway.class.getName());

    private final HttpServer server;
    private final ExecutorService executor;
    private final RequestHandler handler;
    private final ApiGatewaySettings settings;
    private final List<Route> routes;

    private ApiGateway(HttpServer server, ExecutorService executor, RequestHandler handler, ApiGatewaySettings settings,
            List<Route> routes) {
        this.server = server;
        this.executor = executor;
        this.handler = handler;
        this.settings = settings;
        this.routes = routes;
    }

    /** Binds the port and starts serving the routes. */
    public static ApiGateway start(ApiGatewaySettings settings, List<Route> routes, LambdaService lambda) throws IOException {
        HttpServer server = HttpServers.create(settings.host(), settings.port(), 256);
        ExecutorService executor = DaemonThreads.cachedPool("apigateway");
        server.setExecutor(executor);
        ApiGateway gateway = new ApiGateway(server, executor, new RequestHandler(settings, routes, lambda, executor),
                settings, List.copyOf(routes));
        server.createContext("/", gateway::serve);
        server.start();
        return gateway;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://" + settings.host() + ":" + port();
    }

    public List<Route> routes() {
        return routes;
    }

    public ServiceHealth health() {
        return ServiceHealth.running(Map.of("url", url(), "routes", routes.size()));
    }

    private void serve(HttpExchange exchange) throws IOException {
        long started = System.currentTimeMillis();
        try {
            Optional<EdgeRequest> request = HttpExchanges.read(exchange, settings.maxBodyBytes());
            EdgeResponse response = request.isPresent() ? handler.handle(request.get(), started)
                    : handler.tooLarge(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), started);
            HttpExchanges.write(exchange, response);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "API request failed: " + exchange.getRequestURI(), e);
            HttpExchanges.write(exchange, EdgeResponse.json(500, "{\"message\":\"Internal server error\"}"));
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
