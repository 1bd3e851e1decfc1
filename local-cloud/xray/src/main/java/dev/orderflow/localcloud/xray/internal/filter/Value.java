package dev.orderflow.localcloud.xray.internal.filter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** A literal on the right of a comparison: a string, a number or a boolean. */
record Value(String text, Double number, Boolean bool) {

    static Value of(Token token) throws FilterException {
        switch (token.kind()) {
            case STRING:
                return new Value(token.text(), null, null);
            case NUMBER:
                try {
                    return new Value(null, Double.parseDouble(token.text()), null);
                } catch (NumberFormatException e) {
                    throw new FilterException("'" + token.text() + "' at position " + token.position() + " is not a number");
                }
            case WORD:
                if (token.isWord("true") || token.isWord("false")) {
                    return new Value(null, null, token.isWord("true"));
                }
                break;
            default:
                break;
        }
        throw new FilterException("expected a string, number or true/false at position " + token.position()
                + " but found '" + token.text() + "'");
    }

    /** Compares a number field; false when this literal is not a number. */
    boolean compare(double actual, String operator) {
        if (number == null) {
            return false;
        }
        int c = Double.compare(actual, number);
        switch (operator) {
            case "=": return c == 0;
            case "!=": return c != 0;
            case "<": return c < 0;
            case "<=": return c <= 0;
            case ">": return c > 0;
            case ">=": return c >= 0;
            default: return false;
        }
    }

    /** Compares a string field (null when absent: only != matches). */
    boolean compare(String actual, String operator) {
        if (actual == null) {
            return "!=".equals(operator);
        }
        String wanted = text != null ? text : number != null ? numberText() : String.valueOf(bool);
        switch (operator.toUpperCase(Locale.ROOT)) {
            case "=": return actual.equals(wanted);
            case "!=": return !actual.equals(wanted);
            case "CONTAINS": return actual.contains(wanted);
            case "BEGINSWITH": return actual.startsWith(wanted);
            case "ENDSWITH": return actual.endsWith(wanted);
            default: return compareOrdered(actual.compareTo(wanted), operator);
        }
    }

    /** Compares an annotation value by its own type. */
    boolean compare(JsonNode actual, String operator) {
        if (actual.isNumber()) {
            return compare(actual.asDouble(), operator);
        }
        if (actual.isBoolean()) {
            return bool != null && ("=".equals(operator) ? actual.asBoolean() == bool
                    : "!=".equals(operator) && actual.asBoolean() != bool);
        }
        return text != null && compare(actual.asText(), operator);
    }

    private static boolean compareOrdered(int c, String operator) {
        switch (operator) {
            case "<": return c < 0;
            case "<=": return c <= 0;
            case ">": return c > 0;
            case ">=": return c >= 0;
            default: return false;
        }
    }

    private String numberText() {
        return number == Math.rint(number) ? String.valueOf(number.longValue()) : String.valueOf(number);
    }
}
