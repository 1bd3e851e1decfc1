package dev.orderflow.xray.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Answers the few AWS JSON-protocol calls the fixture functions make (EventBridge PutEvents,
 * SQS SendMessage/SendMessageBatch, DynamoDB PutItem) so that real SDK clients complete, and keeps
 * each request as the service would receive it: the thing the tests inspect.
 */
public final class AwsStub implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        // Answer headers and body in one segment: without TCP_NODELAY, Nagle's algorithm and the
        // client's delayed ACK add ~40 ms to every exchange and would swamp what is measured.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** One request as received: its X-Amz-Target, X-Amzn-Trace-Id header and JSON body. */
    public record Call(String target, String traceHeader, JsonNode body) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public AwsStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public void clear() {
        calls.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        JsonNode body = MAPPER.readTree(exchange.getRequestBody().readAllBytes());
        calls.add(new Call(target, exchange.getRequestHeaders().getFirst("X-Amzn-Trace-Id"), body));
        byte[] answer = MAPPER.writeValueAsBytes(answer(String.valueOf(target), body));
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
        exchange.getResponseHeaders().add("x-amzn-RequestId", "stub-request-" + calls.size());
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private static ObjectNode answer(String target, JsonNode body) {
        ObjectNode out = MAPPER.createObjectNode();
        if (target.endsWith(".PutEvents")) {
            out.put("FailedEntryCount", 0);
            ArrayNode entries = out.putArray("Entries");
            body.path("Entries").forEach(e -> entries.addObject().put("EventId", "event-" + entries.size()));
        } else if (target.endsWith(".SendMessage")) {
            out.put("MessageId", "message-1");
            out.put("MD5OfMessageBody", md5(body.path("MessageBody").asText()));
        } else if (target.endsWith(".SendMessageBatch")) {
            ArrayNode ok = out.putArray("Successful");
            body.path("Entries").forEach(e -> ok.addObject().put("Id", e.path("Id").asText())
                    .put("MessageId", "message-" + e.path("Id").asText())
                    .put("MD5OfMessageBody", md5(e.path("MessageBody").asText())));
            out.putArray("Failed");
        }
        return out;
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
