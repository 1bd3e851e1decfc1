package dev.orderflow.xray.internal;

import java.util.regex.Pattern;

/** Reads the {@code Root} of an {@code X-Amzn-Trace-Id} header, accepting only well-formed trace ids. */
final class TraceHeaders {
    private static final Pattern TRACE_ID = Pattern.compile("1-[0-9a-fA-F]{8}-[0-9a-fA-F]{24}");

    private TraceHeaders() {
    }

    /** The root trace id, or null when the header has none or a malformed one. */
    static String root(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String p = part.trim();
            if (p.startsWith("Root=")) {
                String id = p.substring(5);
                return TRACE_ID.matcher(id).matches() ? id : null;
            }
        }
        return null;
    }
}
