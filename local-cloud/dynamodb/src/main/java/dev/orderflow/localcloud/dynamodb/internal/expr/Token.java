package dev.orderflow.localcloud.dynamodb.internal.expr;

/** One lexical token of an expression; {@code start} and {@code end} index the source text. */
record Token(Kind kind, String text, int start, int end) {

    enum Kind { IDENT, NAME_REF, VALUE_REF, NUMBER, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT,
        EQ, NE, LT, LE, GT, GE, PLUS, MINUS, EOF }

    boolean is(Kind k) {
        return kind == k;
    }

    /** A keyword (AND, OR, SET, ...) is an identifier compared without case. */
    boolean isKeyword(String keyword) {
        return kind == Kind.IDENT && text.equalsIgnoreCase(keyword);
    }
}
