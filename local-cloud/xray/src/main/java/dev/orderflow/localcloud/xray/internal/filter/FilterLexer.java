package dev.orderflow.localcloud.xray.internal.filter;

import dev.orderflow.localcloud.xray.internal.filter.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits a filter expression into tokens: words (with dots), "strings", numbers, operators, brackets. */
final class FilterLexer {

    private final String text;
    private int pos;

    private FilterLexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) throws FilterException {
        FilterLexer lexer = new FilterLexer(text);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.next();
            tokens.add(token);
        } while (token.kind() != Kind.END);
        return tokens;
    }

    private Token next() throws FilterException {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        if (pos >= text.length()) {
            return new Token(Kind.END, "", pos);
        }
        char c = text.charAt(pos);
        int start = pos;
        if (c == '"' || c == '\'') {
            return string(c);
        }
        if (Character.isDigit(c) || (c == '-' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || "_.".indexOf(text.charAt(pos)) >= 0)) {
                pos++;
            }
            return new Token(Kind.WORD, text.substring(start, pos), start);
        }
        return symbol(c, start);
    }

    private Token symbol(char c, int start) throws FilterException {
        String two = pos + 1 < text.length() ? text.substring(pos, pos + 2) : "";
        if (two.equals("!=") || two.equals("<=") || two.equals(">=") || two.equals("&&") || two.equals("||")) {
            pos += 2;
            return new Token(two.equals("&&") || two.equals("||") ? Kind.WORD : Kind.OPERATOR,
                    two.equals("&&") ? "AND" : two.equals("||") ? "OR" : two, start);
        }
        pos++;
        switch (c) {
            case '=': case '<': case '>': return new Token(Kind.OPERATOR, String.valueOf(c), start);
            case '(': return new Token(Kind.LPAREN, "(", start);
            case ')': return new Token(Kind.RPAREN, ")", start);
            case '{': return new Token(Kind.LBRACE, "{", start);
            case '}': return new Token(Kind.RBRACE, "}", start);
            case '[': return new Token(Kind.LBRACKET, "[", start);
            case ']': return new Token(Kind.RBRACKET, "]", start);
            case ',': return new Token(Kind.COMMA, ",", start);
            case ':': return new Token(Kind.COLON, ":", start);
            case '!': return new Token(Kind.BANG, "!", start);
            default: throw new FilterException("unexpected character '" + c + "' at position " + start);
        }
    }

    private Token string(char quote) throws FilterException {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != quote) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            value.append(c);
        }
        if (pos >= text.length()) {
            throw new FilterException("unterminated string starting at position " + start);
        }
        pos++;
        return new Token(Kind.STRING, value.toString(), start);
    }

    private Token number() {
        int start = pos++;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        return new Token(Kind.NUMBER, text.substring(start, pos), start);
    }
}
