package dev.orderflow.localcloud.apigateway.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.edge.EdgeResponse;
import dev.orderflow.localcloud.edge.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a function's proxy response ({@code statusCode}, {@code headers}, {@code multiValueHeaders},
 * {@code body}, {@code isBase64Encoded}) to the HTTP response; empty when it is malformed (API
 * Gateway then answers 502). A base64 body is sent as bytes when the request accepts one of the
 * API's binary media types, else as the base64 text, as REST APIs do.
 */
public final class ProxyResponse {

    private ProxyResponse() {
    }

    public static Optional<EdgeResponse> map(byte[] payload, List<String> binaryMediaTypes, String accept) {
        JsonNode response;
        try {
            response = Json.MAPPER.readTree(payload);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (response == null || !response.isObject() || !response.path("statusCode").canConvertToInt()
                || !response.path("statusCode").isIntegralNumber()) {
            return Optional.empty();
        }
        int status = response.get("statusCode").asInt();
        JsonNode body = response.path("body");
        if (status < 100 || status > 599 || !(body.isMissingNode() || body.isNull() || body.isTextual())) {
            return Optional.empty();
        }
        Optional<Map<String, List<String>>> headers = headers(response);
        if (headers.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = body.isTextual() ? body.asText().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (response.path("isBase64Encoded").asBoolean(false) && MediaTypes.matchesAny(accept, binaryMediaTypes)) {
            try {
                bytes = Base64.getDecoder().decode(body.asText());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new EdgeResponse(status, headers.get(), bytes));
    }

    /** Both header maps merged; a name in multiValueHeaders keeps only those values. */
    private static Optional<Map<String, List<String>>> headers(JsonNode response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        JsonNode single = response.path("headers");
        JsonNode multi = response.path("multiValueHeaders");
        if (!(single.isMissingNode() || single.isNull() || single.isObject())
                || !(multi.isMissingNode() || multi.isNull() || multi.isObject())) {
            return Optional.empty();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = single.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> header = it.next();
            if (!header.getValue().isValueNode()) {
                return Optional.empty();
            }
            headers.put(header.getKey(), List.of(header.getValue().asText()));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = multi.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> header = it.next();
            if (!header.getValue().isArray()) {
                return Optional.empty();
            }
            List<String> values = new ArrayList<>();
            header.getValue().forEach(value -> values.add(value.asText()));
            headers.put(header.getKey(), values);
        }
        return Optional.of(headers);
    }
}
