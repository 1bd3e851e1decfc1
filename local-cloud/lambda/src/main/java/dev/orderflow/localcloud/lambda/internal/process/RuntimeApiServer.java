package dev.orderflow.localcloud.lambda.internal.process;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.orderflow.localcloud.edge.DaemonThreads;
import dev.orderflow.localcloud.edge.HttpServers;
import dev.orderflow.localcloud.lambda.internal.ErrorDocuments;
import dev.orderflow.localcloud.lambda.internal.EnvironmentOutcome;
import dev.orderflow.localcloud.lambda.internal.InvocationTask;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The Lambda Runtime API (2018-06-01) of one execution environment, as the runtime interface
 * client calls it: {@code next} blocks until there is an event (it is never answered with an
 * error: the RIC's native client crashes on one), then {@code response} or {@code error} ends the
 * invocation; {@code init/error} ends the environment.
 */
final class RuntimeApiServer implements AutoCloseable {

    static final int MAX_RESPONSE = 6 * 1024 * 1024;
    private static final String PREFIX = "/2018-06-01/runtime/";

    private final HttpServer server;
    private final ExecutorService executor;
    private final BlockingQueue<Pending> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<Long> firstNext = new CompletableFuture<>();
    private final CompletableFuture<byte[]> initError = new CompletableFuture<>();
    private volatile Pending current;

    private RuntimeApiServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    static RuntimeApiServer start(String name) throws IOException {
        HttpServer server = HttpServers.create("127.0.0.1", 0, 16);
        ExecutorService executor = DaemonThreads.cachedPool("runtime-api-" + name);
        server.setExecutor(executor);
        RuntimeApiServer api = new RuntimeApiServer(server, executor);
        server.createContext(PREFIX, api::serve);
        server.start();
        return api;
    }

    /** {@code host:port}, the value of AWS_LAMBDA_RUNTIME_API. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Completes with the time of the runtime's first {@code next}: init is over. */
    CompletableFuture<Long> initDone() {
        return firstNext;
    }

    CompletableFuture<byte[]> initError() {
        return initError;
    }

    /** Queues an event for {@code next}; the future completes with the runtime's answer. */
    CompletableFuture<EnvironmentOutcome> submit(InvocationTask task) {
        Pending pending = new Pending(task);
        events.add(pending);
        return pending.outcome;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals("invocation/next")) {
                next(exchange);
            } else if (method.equals("POST") && path.equals("init/error")) {
                initError.complete(read(exchange));
                reply(exchange, 202, "{\"status\":\"OK\"}");
            } else if (method.equals("POST") && path.startsWith("invocation/")) {
                result(exchange, path.substring("invocation/".length()));
            } else {
                reply(exchange, 404, "{\"errorType\":\"InvalidRequest\",\"errorMessage\":\"Unknown path " + path + "\"}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        }
    }

    private void next(HttpExchange exchange) throws IOException, InterruptedException {
        firstNext.complete(System.currentTimeMillis());
        Pending pending = events.take();
        InvocationTask task = pending.task;
        pending.startedAt = System.currentTimeMillis();
        current = pending;
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", task.requestId());
        exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(task.deadlineEpochMillis()));
        exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", task.invokedFunctionArn());
        exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", task.traceHeader());
        if (task.clientContext() != null) {
            exchange.getResponseHeaders().add("Lambda-Runtime-Client-Context", task.clientContext());
        }
        byte[] body = task.payload();
        exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void result(HttpExchange exchange, String rest) throws IOException {
        int slash = rest.indexOf('/');
        String requestId = slash < 0 ? rest : rest.substring(0, slash);
        String kind = slash < 0 ? "" : rest.substring(slash + 1);
        Pending pending = current;
        if (pending == null || !pending.task.requestId().equals(requestId) || !(kind.equals("response") || kind.equals("error"))) {
            reply(exchange, 400, "{\"errorType\":\"InvalidRequestID\",\"errorMessage\":\"Invalid request ID\"}");
            return;
        }
        byte[] body = read(exchange);
        long now = System.currentTimeMillis();
        current = null;
        if (kind.equals("response") && body.length > MAX_RESPONSE) {
            pending.outcome.complete(new EnvironmentOutcome(EnvironmentOutcome.Kind.ERROR,
                    ErrorDocuments.responseTooLarge(MAX_RESPONSE), "Function.ResponseSizeTooLarge", null, pending.startedAt, now));
            reply(exchange, 413, "{\"errorType\":\"RequestEntityTooLarge\",\"errorMessage\":\"response too large\"}");
            return;
        }
        if (kind.equals("response")) {
            pending.outcome.complete(new EnvironmentOutcome(EnvironmentOutcome.Kind.SUCCESS, body, null, null,
                    pending.startedAt, now));
        } else {
            String type = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
            pending.outcome.complete(new EnvironmentOutcome(EnvironmentOutcome.Kind.ERROR, body,
                    ErrorDocuments.errorType(body, type == null ? "Unhandled" : type),
                    exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-XRay-Error-Cause"), pending.startedAt, now));
        }
        reply(exchange, 202, "{\"status\":\"OK\"}");
    }

    private static byte[] read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static final class Pending {
        final InvocationTask task;
        final CompletableFuture<EnvironmentOutcome> outcome = new CompletableFuture<>();
        volatile long startedAt;

        Pending(InvocationTask task) {
            this.task = task;
        }
    }
}
