package dev.orderflow.localcloud.dynamodb.internal.server;

import dev.orderflow.localcloud.dynamodb.DynamoDbProtocol;
import dev.orderflow.localcloud.dynamodb.DynamoDbResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Serves the requests of one keep-alive connection, in order, until the peer closes it. */
final class HttpConnection {

    private static final int IDLE_TIMEOUT_MILLIS = 300_000;
    private static final byte[] HEALTHY = "healthy: dynamodb.us-east-1.amazonaws.com".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Socket socket;
    private final DynamoDbProtocol protocol;

    HttpConnection(Socket socket, DynamoDbProtocol protocol) {
        this.socket = socket;
        this.protocol = protocol;
    }

    void run() throws IOException {
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
        InputStream in = socket.getInputStream();
        OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        HttpRequestReader reader = new HttpRequestReader(in);
        while (true) {
            HttpRequestReader.Request request;
            try {
                request = reader.next(() -> {
                    out.write(CONTINUE);
                    out.flush();
                });
            } catch (HttpRequestReader.BadRequest e) {
                write(out, 400, "Bad Request", Map.of("Content-Type", "text/plain"),
                        e.getMessage().getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            if (request == null) {
                return;
            }
            if (request.method().equals("POST")) {
                DynamoDbResponse response = protocol.handle(request.header("x-amz-target"), request.body());
                write(out, response.statusCode(), reason(response.statusCode()), response.headers(), response.body(),
                        request.keepAlive());
            } else {
                write(out, 200, "OK", Map.of("Content-Type", "text/plain"), HEALTHY, request.keepAlive());
            }
            if (!request.keepAlive()) {
                return;
            }
        }
    }

    private static void write(OutputStream out, int status, String reason, Map<String, String> headers, byte[] body,
                              boolean keepAlive) throws IOException {
        StringBuilder head = new StringBuilder(256).append("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n");
        for (Map.Entry<String, String> h : headers.entrySet()) {
            head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n");
        if (!keepAlive) {
            head.append("Connection: close\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String reason(int status) {
        switch (status) {
            case 200: return "OK";
            case 400: return "Bad Request";
            case 413: return "Payload Too Large";
            default: return status >= 500 ? "Internal Server Error" : "Error";
        }
    }
}
