package dev.orderflow.localcloud.edge;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes {@code com.sun.net.httpserver} exchanges as edge requests and responses. */
public final class HttpExchanges {

    private HttpExchanges() {
    }

    /** The request, or empty when its body exceeds {@code maxBody} bytes (the caller answers 413). */
    public static Optional<EdgeRequest> read(HttpExchange exchange, int maxBody) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(maxBody + 1);
            if (body.length > maxBody) {
                in.transferTo(OutputStream.nullOutputStream());
                return Optional.empty();
            }
        }
        return Optional.of(new EdgeRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body,
                exchange.getRemoteAddress().getAddress().getHostAddress()));
    }

    public static void write(HttpExchange exchange, EdgeResponse response) throws IOException {
        for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
            exchange.getResponseHeaders().put(header.getKey(), header.getValue());
        }
        byte[] body = response.body();
        boolean noBody = "HEAD".equals(exchange.getRequestMethod()) || response.status() == 204 || response.status() == 304;
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length == 0 ? -1 : body.length);
        if (!noBody && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
