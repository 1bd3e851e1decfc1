package dev.orderflow.localcloud.apigateway.internal;

import java.util.List;
import java.util.Locale;

/** Matches a Content-Type or Accept value against an API's binary media types ({@code image/*}, {@code *}{@code /*}). */
final class MediaTypes {

    private MediaTypes() {
    }

    static boolean matchesAny(String header, List<String> patterns) {
        if (header == null || header.isBlank() || patterns.isEmpty()) {
            return false;
        }
        for (String part : header.split(",")) {
            String type = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
            for (String pattern : patterns) {
                if (matches(type, pattern.trim().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(String type, String pattern) {
        if (pattern.equals("*/*") || pattern.equals(type)) {
            return true;
        }
        return pattern.endsWith("/*") && type.startsWith(pattern.substring(0, pattern.length() - 1));
    }
}
