package fr.passerelle.dsl.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * The one tokenizer of the mapping language: the sandbox checks, the parser and so the evaluator
 * all read the tokens it gives, so no two parts of the language can disagree on where a text or a
 * comment starts. The language has no comments: {@code /*} and {@code //} outside a text are
 * refused. Text contents are decoded here, once (escapes included); they are values, never code.
 */
final class Lexer {

    /** A lexical mistake (unclosed quote, comment, unknown character ...) at an offset of the expression. */
    static final class LexException extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;
        final String code;

        LexException(String code, String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
            this.code = code;
        }
    }

    /** Longest number literal: a literal is a value of the document, not a place to hide work. */
    static final int MAX_NUMBER_DIGITS = 40;

    private static final String[] SYMBOLS = {
        "===", "!==", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "*=", "/=", "%=", "++", "--", "::", ".?",
        "(", ")", "[", "]", "{", "}", ",", ".", "?", ":", "+", "-", "*", "/", "%", "<", ">", "!", "=",
        ";", "@", "#", "$", "&", "|", "^", "~", "`", "\\"
    };

    private Lexer() {
    }

    static List<Token> lex(String text) throws LexException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && (text.charAt(i + 1) == '*' || text.charAt(i + 1) == '/')) {
                throw new LexException("SANDBOX", "comments are not part of the mapping language: remove '"
                        + text.substring(i, i + 2) + "' (describe a field with 'description' instead)", i);
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.IDENT, text.substring(start, i), start));
            } else if (c >= '0' && c <= '9') {
                i = number(text, i, tokens);
            } else if (c == '\'' || c == '"') {
                i = string(text, i, tokens);
            } else {
                i = symbol(text, i, tokens);
            }
        }
        tokens.add(new Token(Token.Kind.END, "", n));
        return tokens;
    }

    private static int number(String text, int start, List<Token> tokens) throws LexException {
        int n = text.length();
        int i = start;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        if (i + 1 < n && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i - start > MAX_NUMBER_DIGITS) {
            throw new LexException("SYNTAX", "this number has more than " + MAX_NUMBER_DIGITS + " digits", start);
        }
        if (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '_')) {
            throw new LexException("SYNTAX", "a number cannot be followed by '" + text.charAt(i)
                    + "' (exponents such as 1e5 are not part of the language: write the number out)", i);
        }
        tokens.add(new Token(Token.Kind.NUMBER, text.substring(start, i), start));
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int string(String text, int start, List<Token> tokens) throws LexException {
        char quote = text.charAt(start);
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i = escape(text, i, value);
            } else if (c == quote) {
                tokens.add(new Token(Token.Kind.STRING, value.toString(), start));
                return i + 1;
            } else {
                value.append(c);
                i++;
            }
        }
        throw new LexException("SYNTAX", "this text is never closed: add the missing " + quote, start);
    }

    /** Decodes the escape at {@code i} (a backslash) into {@code value}; answers the index after it. */
    private static int escape(String text, int i, StringBuilder value) throws LexException {
        if (i + 1 >= text.length()) {
            throw new LexException("SYNTAX", "a '\\' ends the text: write '\\\\' for a backslash", i);
        }
        char next = text.charAt(i + 1);
        switch (next) {
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case '\\', '\'', '"' -> value.append(next);
            case 'u' -> {
                if (i + 6 > text.length()) {
                    throw new LexException("SYNTAX", "'\\u' needs four hexadecimal digits", i);
                }
                try {
                    value.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                } catch (NumberFormatException e) {
                    throw new LexException("SYNTAX", "'\\u' needs four hexadecimal digits", i);
                }
                return i + 6;
            }
            default -> throw new LexException("SYNTAX", "unknown escape '\\" + next
                    + "' in a text: use \\n, \\t, \\r, \\\\, \\', \\\" or \\uXXXX", i);
        }
        return i + 2;
    }

    private static int symbol(String text, int i, List<Token> tokens) throws LexException {
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol, i)) {
                tokens.add(new Token(Token.Kind.SYMBOL, symbol, i));
                return i + symbol.length();
            }
        }
        throw new LexException("SYNTAX", "unexpected character '" + text.charAt(i) + "'", i);
    }
}
