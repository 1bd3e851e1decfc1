package dev.orderflow.localcloud.xray.internal.filter;

import dev.orderflow.localcloud.xray.internal.filter.Token.Kind;
import dev.orderflow.localcloud.xray.internal.query.TraceView;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive-descent parser for the supported subset of X-Ray filter expressions: the keywords
 * {@code ok error fault throttle partial}, {@code responsetime}, {@code duration},
 * {@code http.status/url/method/useragent/clientip}, {@code user}, {@code annotation.<key>},
 * {@code service(...)} and {@code id(...)}, combined with AND, OR, NOT and parentheses.
 */
final class FilterParser {

    static final String SUPPORTED = "supported: ok, error, fault, throttle, partial, responsetime, duration, "
            + "http.status, http.url, http.method, http.useragent, http.clientip, user, annotation.<key>, "
            + "service(\"name\"), id(name: \"name\", type: \"type\"), AND, OR, NOT, parentheses";
    private static final Set<String> STRING_OPERATORS = Set.of("CONTAINS", "BEGINSWITH", "ENDSWITH");

    private final List<Token> tokens;
    private int pos;

    FilterParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    TraceFilter parse() throws FilterException {
        TraceFilter filter = or();
        if (peek().kind() != Kind.END) {
            throw unexpected(peek());
        }
        return filter;
    }

    private TraceFilter or() throws FilterException {
        TraceFilter left = and();
        while (peek().isWord("OR")) {
            pos++;
            TraceFilter a = left;
            TraceFilter b = and();
            left = trace -> a.test(trace) || b.test(trace);
        }
        return left;
    }

    private TraceFilter and() throws FilterException {
        TraceFilter left = unary();
        while (peek().isWord("AND")) {
            pos++;
            TraceFilter a = left;
            TraceFilter b = unary();
            left = trace -> a.test(trace) && b.test(trace);
        }
        return left;
    }

    private TraceFilter unary() throws FilterException {
        if (peek().kind() == Kind.BANG || peek().isWord("NOT")) {
            pos++;
            TraceFilter inner = unary();
            return trace -> !inner.test(trace);
        }
        return primary();
    }

    private TraceFilter primary() throws FilterException {
        Token token = next();
        if (token.kind() == Kind.LPAREN) {
            TraceFilter inner = or();
            expect(Kind.RPAREN, "')'");
            return inner;
        }
        if (token.kind() != Kind.WORD) {
            throw unexpected(token);
        }
        String name = token.text().toLowerCase(Locale.ROOT);
        if (peek().kind() == Kind.LPAREN) {
            return ServiceFunctions.parse(name, token, this);
        }
        if (name.equals("annotation") || name.startsWith("annotation.")) {
            return annotation(token);
        }
        return field(name, token);
    }

    private TraceFilter field(String name, Token token) throws FilterException {
        switch (name) {
            case "ok": return flag(trace -> !trace.anyFault() && !trace.anyError() && !trace.hasThrottle());
            case "error": return flag(TraceView::anyError);
            case "fault": return flag(TraceView::anyFault);
            case "throttle": return flag(TraceView::hasThrottle);
            case "partial": return flag(TraceView::isPartial);
            case "responsetime": return number(TraceView::responseTime);
            case "duration": return number(TraceView::duration);
            case "http.status": return number(trace -> trace.http() == null || trace.http().status() == null
                    ? Double.NaN : trace.http().status());
            case "http.url": return string(trace -> trace.http() == null ? null : trace.http().url());
            case "http.method": return string(trace -> trace.http() == null ? null : trace.http().method());
            case "http.useragent": return string(trace -> trace.http() == null ? null : trace.http().userAgent());
            case "http.clientip": return string(trace -> trace.http() == null ? null : trace.http().clientIp());
            case "user": return anyString(trace -> trace.users());
            default:
                throw new FilterException("'" + token.text() + "' at position " + token.position()
                        + " is not supported by the local X-Ray; " + SUPPORTED);
        }
    }

    /** A keyword alone, or compared with true/false. */
    private TraceFilter flag(TraceFilter keyword) throws FilterException {
        if (peek().kind() != Kind.OPERATOR) {
            return keyword;
        }
        Token op = next();
        Value value = Value.of(next());
        if (value.bool() == null || !(op.text().equals("=") || op.text().equals("!="))) {
            throw new FilterException("a keyword compares only with = or != true/false (position " + op.position() + ")");
        }
        boolean wanted = value.bool() == op.text().equals("=");
        return trace -> keyword.test(trace) == wanted;
    }

    private TraceFilter number(java.util.function.ToDoubleFunction<TraceView> field) throws FilterException {
        String op = operator();
        Value value = Value.of(next());
        return trace -> {
            double actual = field.applyAsDouble(trace);
            return !Double.isNaN(actual) && value.compare(actual, op);
        };
    }

    private TraceFilter string(java.util.function.Function<TraceView, String> field) throws FilterException {
        String op = operator();
        Value value = Value.of(next());
        return trace -> value.compare(field.apply(trace), op);
    }

    private TraceFilter anyString(java.util.function.Function<TraceView, Iterable<String>> field) throws FilterException {
        String op = operator();
        Value value = Value.of(next());
        return trace -> {
            for (String actual : field.apply(trace)) {
                if (value.compare(actual, op)) {
                    return true;
                }
            }
            return false;
        };
    }

    private TraceFilter annotation(Token token) throws FilterException {
        String key;
        if (token.text().length() > "annotation.".length()) {
            key = token.text().substring("annotation.".length());
        } else {
            expect(Kind.LBRACKET, "'[' or '.' after annotation");
            key = bracketedKey();
        }
        String op = operator();
        Value value = Value.of(next());
        return trace -> {
            var values = trace.annotations().get(key);
            return values != null && values.keySet().stream().anyMatch(actual -> value.compare(actual, op));
        };
    }

    /** {@code annotation[aws:api_id]}: keys with characters a word cannot hold, up to the ']'. */
    private String bracketedKey() throws FilterException {
        StringBuilder key = new StringBuilder();
        while (peek().kind() != Kind.RBRACKET) {
            if (peek().kind() == Kind.END) {
                throw new FilterException("expected ']' after the annotation key but the expression ended");
            }
            key.append(next().text());
        }
        next();
        if (key.length() == 0) {
            throw new FilterException("annotation[] needs a key");
        }
        return key.toString();
    }

    String operator() throws FilterException {
        Token token = next();
        if (token.kind() == Kind.OPERATOR) {
            return token.text();
        }
        if (token.kind() == Kind.WORD && STRING_OPERATORS.contains(token.text().toUpperCase(Locale.ROOT))) {
            return token.text().toUpperCase(Locale.ROOT);
        }
        throw new FilterException("expected a comparison (=, !=, <, <=, >, >=, CONTAINS, BEGINSWITH, ENDSWITH) at position "
                + token.position() + " but found '" + token.text() + "'");
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token next() {
        Token token = tokens.get(pos);
        if (token.kind() != Kind.END) {
            pos++;
        }
        return token;
    }

    void expect(Kind kind, String what) throws FilterException {
        Token token = next();
        if (token.kind() != kind) {
            throw new FilterException("expected " + what + " at position " + token.position()
                    + (token.kind() == Kind.END ? " but the expression ended" : " but found '" + token.text() + "'"));
        }
    }

    static FilterException unexpected(Token token) {
        if (token.kind() == Kind.END) {
            return new FilterException("the expression ends where a condition was expected");
        }
        return new FilterException("unexpected '" + token.text() + "' at position " + token.position());
    }
}
