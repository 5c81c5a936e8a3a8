package fr.passerelle.dsl.expression;

/** One lexical token of an expression, with its offset in the expression text. */
record Token(Kind kind, String text, int offset) {

    enum Kind { IDENT, NUMBER, STRING, SYMBOL, END }

    boolean is(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isIdent(String name) {
        return kind == Kind.IDENT && text.equals(name);
    }
}
