package dev.orderflow.localcloud.xray;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A protocol-level answer of the X-Ray API: status, headers and a JSON body. */
public record XRayResponse(int status, Map<String, String> headers, byte[] body) {

    public XRayResponse {
        headers = Map.copyOf(headers);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
