package fr.passerelle.dsl.mvel;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens; string literal contents are decoded (they are never code). */
final class ExpressionLexer {

    /** A lexical mistake (unclosed quote ...) at an offset of the expression. */
    static final class LexException extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;

        LexException(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private static final String[] SYMBOLS = {
        "===", "!==", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "*=", "/=", "++", "--", "::", ".?",
        "(", ")", "[", "]", "{", "}", ",", ".", "?", ":", "+", "-", "*", "/", "%", "<", ">", "!", "=",
        ";", "@", "#", "$", "&", "|", "^", "~", "`", "\\"
    };

    private ExpressionLexer() {
    }

    static List<Token> lex(String text) throws LexException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.IDENT, text.substring(start, i), start));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                if (i + 1 < n && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
                    i++;
                    while (i < n && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                }
                tokens.add(new Token(Token.Kind.NUMBER, text.substring(start, i), start));
            } else if (c == '\'' || c == '"') {
                i = string(text, i, tokens);
            } else {
                i = symbol(text, i, tokens);
            }
        }
        tokens.add(new Token(Token.Kind.END, "", n));
        return tokens;
    }

    private static int string(String text, int start, List<Token> tokens) throws LexException {
        char quote = text.charAt(start);
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                value.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> next;
                });
                i += 2;
            } else if (c == quote) {
                tokens.add(new Token(Token.Kind.STRING, value.toString(), start));
                return i + 1;
            } else {
                value.append(c);
                i++;
            }
        }
        throw new LexException("this text is never closed: add the missing " + quote, start);
    }

    private static int symbol(String text, int i, List<Token> tokens) throws LexException {
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol, i)) {
                tokens.add(new Token(Token.Kind.SYMBOL, symbol, i));
                return i + symbol.length();
            }
        }
        throw new LexException("unexpected character '" + text.charAt(i) + "'", i);
    }
}
