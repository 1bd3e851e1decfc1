package dev.orderflow.localcloud.xray.internal.filter;

/** A lexical token of a filter expression, with its position for error messages. */
record Token(Kind kind, String text, int position) {

    enum Kind { WORD, STRING, NUMBER, OPERATOR, LPAREN, RPAREN, LBRACE, RBRACE, LBRACKET, RBRACKET, COMMA, COLON, BANG, END }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }
}
