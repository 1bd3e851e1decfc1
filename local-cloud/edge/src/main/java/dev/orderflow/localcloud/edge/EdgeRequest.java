package dev.orderflow.localcloud.edge;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An HTTP request as the edge received it; header names are case-insensitive. */
public final class EdgeRequest {

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final String sourceIp;

    public EdgeRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body,
            String sourceIp) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = copy;
        this.body = body.clone();
        this.sourceIp = sourceIp;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The query string as sent (still encoded), or null. */
    public String rawQuery() {
        return rawQuery;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String sourceIp() {
        return sourceIp;
    }

    /** The {@code X-Amz-Target} header of AWS JSON protocols, or empty. */
    public String target() {
        return header("X-Amz-Target").orElse("");
    }
}
