package dev.orderflow.orders;

import dev.orderflow.domain.api.Json;
import dev.orderflow.domain.order.OrderRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of an order request, for idempotency: taken from the validated request rather than
 * the raw text, so that whitespace or key order do not make the same request look different.
 */
final class RequestHash {

    private RequestHash() {
    }

    static String of(OrderRequest request) {
        try {
            byte[] canonical = Json.write(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
