package dev.orderflow.localcloud.apigateway.internal;

/**
 * Header names in the case clients usually send them ({@code Content-Type},
 * {@code Idempotency-Key}). The JDK's HTTP server keeps only {@code Content-type}; API Gateway
 * passes the client's own case, so code that looks a header up by its usual name finds it.
 */
final class HeaderNames {

    private HeaderNames() {
    }

    static String canonical(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = c == '-';
        }
        return out.toString();
    }
}
