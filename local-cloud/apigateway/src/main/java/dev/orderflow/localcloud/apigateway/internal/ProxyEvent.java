package dev.orderflow.localcloud.apigateway.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.apigateway.RestApi;
import dev.orderflow.localcloud.edge.EdgeRequest;
import dev.orderflow.localcloud.edge.Json;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Lambda proxy integration's event, payload format 1.0 ({@code APIGatewayProxyRequestEvent}). */
public final class ProxyEvent {

    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ProxyEvent() {
    }

    /** What the event needs beyond the request itself. */
    public record Context(RestApi api, String resourcePath, Map<String, String> pathParameters, String path,
            String requestId, String accountId, String region, Instant receivedAt) {
    }

    public static byte[] build(EdgeRequest request, Context context) {
        ObjectNode event = Json.MAPPER.createObjectNode();
        event.put("resource", context.resourcePath());
        event.put("path", context.path());
        event.put("httpMethod", request.method());
        headers(event, request.headers());
        query(event, request.rawQuery());
        if (context.pathParameters().isEmpty()) {
            event.putNull("pathParameters");
        } else {
            event.set("pathParameters", Json.MAPPER.valueToTree(context.pathParameters()));
        }
        event.putNull("stageVariables");
        event.set("requestContext", requestContext(request, context));
        body(event, request, context.api());
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void headers(ObjectNode event, Map<String, List<String>> received) {
        Map<String, String> single = new LinkedHashMap<>();
        Map<String, List<String>> multi = new LinkedHashMap<>();
        received.forEach((name, values) -> {
            String canonical = HeaderNames.canonical(name);
            multi.put(canonical, values);
            single.put(canonical, values.get(values.size() - 1));
        });
        event.set("headers", Json.MAPPER.valueToTree(single));
        event.set("multiValueHeaders", Json.MAPPER.valueToTree(multi));
    }

    private static void query(ObjectNode event, String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            event.putNull("queryStringParameters");
            event.putNull("multiValueQueryStringParameters");
            return;
        }
        Map<String, List<String>> multi = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            multi.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        Map<String, String> single = new LinkedHashMap<>();
        multi.forEach((name, values) -> single.put(name, values.get(values.size() - 1)));
        event.set("queryStringParameters", Json.MAPPER.valueToTree(single));
        event.set("multiValueQueryStringParameters", Json.MAPPER.valueToTree(multi));
    }

    private static ObjectNode requestContext(EdgeRequest request, Context context) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        RestApi api = context.api();
        node.put("resourceId", Integer.toHexString(context.resourcePath().hashCode() & 0xffffff));
        node.put("resourcePath", context.resourcePath());
        node.put("httpMethod", request.method());
        node.put("extendedRequestId", context.requestId().substring(0, 8) + "=");
        node.put("requestTime", REQUEST_TIME.format(context.receivedAt()));
        node.put("path", "/" + api.stageName() + context.path());
        node.put("accountId", context.accountId());
        node.put("protocol", "HTTP/1.1");
        node.put("stage", api.stageName());
        node.put("domainPrefix", api.restApiId());
        node.put("requestTimeEpoch", context.receivedAt().toEpochMilli());
        node.put("requestId", context.requestId());
        ObjectNode identity = node.putObject("identity");
        for (String field : List.of("cognitoIdentityPoolId", "accountId", "cognitoIdentityId", "caller", "principalOrgId",
                "accessKey", "cognitoAuthenticationType", "cognitoAuthenticationProvider", "userArn", "user")) {
            identity.putNull(field);
        }
        identity.put("sourceIp", request.sourceIp());
        identity.put("userAgent", request.header("User-Agent").orElse(null));
        node.put("domainName", api.restApiId() + ".execute-api." + context.region() + ".amazonaws.com");
        node.put("apiId", api.restApiId());
        return node;
    }

    /**
     * Text bodies pass as they are; a body whose Content-Type is one of the API's binary media
     * types is base64-encoded, as API Gateway does. A body that is not valid UTF-8 is encoded too
     * (API Gateway would mangle it), so that nothing is lost.
     */
    private static void body(ObjectNode event, EdgeRequest request, RestApi api) {
        byte[] body = request.body();
        if (body.length == 0) {
            event.putNull("body");
            event.put("isBase64Encoded", false);
            return;
        }
        String contentType = request.header("Content-Type").orElse("");
        boolean binary = MediaTypes.matchesAny(contentType, api.binaryMediaTypes()) || !isUtf8(body);
        event.put("body", binary ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8));
        event.put("isBase64Encoded", binary);
    }

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
