package dev.orderflow.xray.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The smallest Lambda Runtime API (2018-06-01) that the real runtime interface client runs
 * against: {@code next} blocks until an event is queued (never answers an error: the client's
 * native code does not survive one), {@code response}, {@code error} and {@code init/error}
 * complete the caller's wait. Listens on a free loopback port.
 */
public final class RuntimeApiStub implements AutoCloseable {
    private static final String PREFIX = "/2018-06-01/runtime/";

    static {
        // Answer headers and body in one segment: without TCP_NODELAY, Nagle's algorithm and the
        // client's delayed ACK add ~40 ms to every exchange and would swamp what is measured.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** What the function answered: its body, whether it was an error, and when it was handed out and answered. */
    public record Result(boolean error, String body, String errorType, long handedOutNanos, long answeredNanos) {
    }

    private record Pending(String requestId, byte[] event, String traceHeader, CompletableFuture<Result> result) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "runtime-api-stub");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Map<String, Pending> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Long> handedOut = new ConcurrentHashMap<>();
    private final CompletableFuture<String> initError = new CompletableFuture<>();

    public RuntimeApiStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext(PREFIX, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** The value for {@code AWS_LAMBDA_RUNTIME_API}. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues an event and waits for the function's answer (or its init error). */
    public Result invoke(String event, String traceHeader, Duration timeout) throws Exception {
        Pending pending = new Pending(UUID.randomUUID().toString(), event.getBytes(StandardCharsets.UTF_8), traceHeader,
                new CompletableFuture<>());
        inFlight.put(pending.requestId(), pending);
        queue.add(pending);
        CompletableFuture<Object> first = CompletableFuture.anyOf(pending.result(), initError);
        Object outcome = first.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (outcome instanceof String) {
            throw new IllegalStateException("function failed to initialise: " + outcome);
        }
        return (Result) outcome;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
        try {
            if (path.equals("invocation/next")) {
                next(exchange);
            } else if (path.startsWith("invocation/")) {
                complete(exchange, path.substring("invocation/".length()));
            } else if (path.equals("init/error")) {
                initError.complete(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                answer(exchange, 202, "{}");
            } else {
                answer(exchange, 404, "{}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        }
    }

    private void next(HttpExchange exchange) throws IOException, InterruptedException {
        Pending p = queue.take();
        handedOut.put(p.requestId(), System.nanoTime());
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", p.requestId());
        exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", String.valueOf(System.currentTimeMillis() + 30_000));
        exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                "arn:aws:lambda:us-east-1:123456789012:function:fixture");
        if (p.traceHeader() != null) {
            exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", p.traceHeader());
        }
        exchange.sendResponseHeaders(200, p.event().length);
        exchange.getResponseBody().write(p.event());
        exchange.close();
    }

    private void complete(HttpExchange exchange, String rest) throws IOException {
        int slash = rest.indexOf('/');
        String requestId = rest.substring(0, slash);
        boolean error = rest.substring(slash + 1).equals("error");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String errorType = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
        answer(exchange, 202, "{\"status\":\"OK\"}");
        Pending p = inFlight.remove(requestId);
        if (p != null) {
            p.result().complete(new Result(error, body, errorType, handedOut.remove(requestId), System.nanoTime()));
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
