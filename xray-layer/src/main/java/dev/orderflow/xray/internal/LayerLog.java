package dev.orderflow.xray.internal;

import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layer's own log lines: one JSON line on stderr (CloudWatch on Lambda), each kind of problem
 * reported once per execution environment so that a broken trace path cannot flood the logs.
 */
public final class LayerLog {
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
    private static volatile PrintStream out = System.err;

    private LayerLog() {
    }

    /** Reports a problem the layer worked around; the function itself is unaffected. */
    public static void warnOnce(String kind, String message, Throwable cause) {
        if (!REPORTED.add(kind)) {
            return;
        }
        String detail = cause == null ? "" : cause.getClass().getName() + ": " + cause.getMessage();
        out.println("{\"level\":\"WARN\",\"logger\":\"xray-layer\",\"kind\":" + quote(kind)
                + ",\"message\":" + quote(message) + ",\"cause\":" + quote(detail) + "}");
    }

    /** Tests: where lines go, and forget what was reported. */
    static void redirectForTests(PrintStream stream) {
        out = stream;
        REPORTED.clear();
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : String.valueOf(s).toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
