package dev.orderflow.domain.api;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns DynamoDB's LastEvaluatedKey into an opaque {@code nextToken} and back. Only string and
 * number key attributes exist in our tables, so the token is a small JSON object of typed values.
 */
public final class PageToken {

    private static final TypeReference<Map<String, Map<String, String>>> SHAPE = new TypeReference<>() { };

    private PageToken() {
    }

    public static String encode(Map<String, AttributeValue> lastEvaluatedKey) {
        if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
            return null;
        }
        Map<String, Map<String, String>> plain = new HashMap<>();
        lastEvaluatedKey.forEach((name, value) -> plain.put(name,
                value.s() != null ? Map.of("S", value.s()) : Map.of("N", value.n())));
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Json.write(plain).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a token; a token this class did not make is the caller's mistake, named by {@code field}. */
    public static Map<String, AttributeValue> decode(String token, String field) {
        try {
            String json = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            Map<String, Map<String, String>> plain = Json.mapper().readValue(json, SHAPE);
            Map<String, AttributeValue> key = new HashMap<>();
            plain.forEach((name, typed) -> key.put(name, typed.containsKey("S")
                    ? AttributeValue.fromS(typed.get("S"))
                    : AttributeValue.fromN(requireNumber(typed.get("N")))));
            if (key.isEmpty()) {
                throw new IllegalArgumentException("empty");
            }
            return key;
        } catch (Exception e) {
            throw ValidationException.of(field, "is not a token this API returned");
        }
    }

    private static String requireNumber(String n) {
        return new java.math.BigDecimal(n).toPlainString();
    }
}
