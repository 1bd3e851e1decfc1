package dev.orderflow.localcloud.xray.internal.sampling;

/** Sampling-rule patterns: {@code *} any run of characters, {@code ?} one character, case-insensitive. */
final class Glob {

    private Glob() {
    }

    static boolean matches(String pattern, String text) {
        if ("*".equals(pattern)) {
            return true;
        }
        if (text == null) {
            return false;
        }
        return match(pattern.toLowerCase(java.util.Locale.ROOT), text.toLowerCase(java.util.Locale.ROOT));
    }

    /** Iterative matcher with single-star backtracking: linear for the patterns rules use. */
    private static boolean match(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
