package dev.orderflow.localcloud.dynamodb.internal.expr;

import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens and walks them, reporting syntax errors as DynamoDB words them. */
final class TokenStream {

    private static final int MAX_EXPRESSION = 4096;

    private final String source;
    private final String kind;
    private final List<Token> tokens;
    private int position;

    TokenStream(String source, String kind) {
        this.source = source;
        this.kind = kind;
        if (source.length() > MAX_EXPRESSION) {
            throw error("Expression size has exceeded the maximum allowed size; expression size: " + source.length());
        }
        this.tokens = tokenize();
    }

    String kind() {
        return kind;
    }

    Token peek() {
        return tokens.get(position);
    }

    Token peekAhead(int n) {
        return tokens.get(Math.min(position + n, tokens.size() - 1));
    }

    Token next() {
        Token token = tokens.get(position);
        if (!token.is(Token.Kind.EOF)) {
            position++;
        }
        return token;
    }

    boolean accept(Token.Kind k) {
        if (peek().is(k)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(Token.Kind k) {
        if (!peek().is(k)) {
            throw syntaxError(peek());
        }
        return next();
    }

    boolean atEnd() {
        return peek().is(Token.Kind.EOF);
    }

    DynamoDbError error(String detail) {
        return DynamoDbError.validation("Invalid " + kind + ": " + detail);
    }

    /** {@code Syntax error; token: "x", near: "a x b"}: the token with its neighbours, as DynamoDB reports. */
    DynamoDbError syntaxError(Token token) {
        int index = tokens.indexOf(token);
        int from = index > 0 ? tokens.get(index - 1).start() : token.start();
        int to = index + 1 < tokens.size() ? tokens.get(index + 1).end() : token.end();
        String text = token.is(Token.Kind.EOF) ? "<EOF>" : token.text();
        return error("Syntax error; token: \"" + text + "\", near: \""
                + source.substring(Math.min(from, source.length()), Math.min(to, source.length())) + "\"");
    }

    private List<Token> tokenize() {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#' || c == ':') {
                int end = wordEnd(i + 1);
                out.add(new Token(c == '#' ? Token.Kind.NAME_REF : Token.Kind.VALUE_REF,
                        source.substring(i, end), i, end));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = wordEnd(i);
                out.add(new Token(Token.Kind.IDENT, source.substring(i, end), i, end));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < n && Character.isDigit(source.charAt(end))) {
                    end++;
                }
                out.add(new Token(Token.Kind.NUMBER, source.substring(i, end), i, end));
                i = end;
            } else {
                Token symbol = symbol(i);
                out.add(symbol);
                i = symbol.end();
            }
        }
        out.add(new Token(Token.Kind.EOF, "", n, n));
        return out;
    }

    private int wordEnd(int from) {
        int end = from;
        while (end < source.length()
                && (Character.isLetterOrDigit(source.charAt(end)) || source.charAt(end) == '_')) {
            end++;
        }
        return end;
    }

    private Token symbol(int i) {
        char c = source.charAt(i);
        char d = i + 1 < source.length() ? source.charAt(i + 1) : '\0';
        switch (c) {
            case '(': return new Token(Token.Kind.LPAREN, "(", i, i + 1);
            case ')': return new Token(Token.Kind.RPAREN, ")", i, i + 1);
            case '[': return new Token(Token.Kind.LBRACKET, "[", i, i + 1);
            case ']': return new Token(Token.Kind.RBRACKET, "]", i, i + 1);
            case ',': return new Token(Token.Kind.COMMA, ",", i, i + 1);
            case '.': return new Token(Token.Kind.DOT, ".", i, i + 1);
            case '+': return new Token(Token.Kind.PLUS, "+", i, i + 1);
            case '-': return new Token(Token.Kind.MINUS, "-", i, i + 1);
            case '=': return new Token(Token.Kind.EQ, "=", i, i + 1);
            case '<':
                if (d == '=') {
                    return new Token(Token.Kind.LE, "<=", i, i + 2);
                }
                return d == '>' ? new Token(Token.Kind.NE, "<>", i, i + 2) : new Token(Token.Kind.LT, "<", i, i + 1);
            case '>':
                return d == '=' ? new Token(Token.Kind.GE, ">=", i, i + 2) : new Token(Token.Kind.GT, ">", i, i + 1);
            default:
                throw error("Syntax error; token: \"" + c + "\", near: \""
                        + source.substring(Math.max(0, i - 1), Math.min(source.length(), i + 2)) + "\"");
        }
    }
}
