package dev.orderflow.localcloud.edge;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A response from an emulated service. */
public final class EdgeResponse {

    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    public EdgeResponse(int status, Map<String, List<String>> headers, byte[] body) {
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.body = body.clone();
    }

    public static EdgeResponse json(int status, String json) {
        return new EdgeResponse(status, Map.of("Content-Type", List.of("application/json")),
                json.getBytes(StandardCharsets.UTF_8));
    }

    /** An AWS error: the {@code x-amzn-ErrorType} header and {@code __type}/{@code message} body SDKs read. */
    public static EdgeResponse awsError(int status, String errorType, String message, String contentType) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(contentType));
        headers.put("x-amzn-ErrorType", List.of(errorType));
        String body = "{\"__type\":" + Json.quote(errorType) + ",\"message\":" + Json.quote(message) + "}";
        return new EdgeResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    public int status() {
        return status;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
