package fr.passerelle.sandbox.erp.odata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits {@code $filter} text into tokens (OData v3 URI literal forms). */
final class FilterLexer {

    /** Atoo-style bare date-times ({@code 2025-09-10T00:00:00}) appear unquoted in real filters. */
    private static final Pattern BARE_DATE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?([MmDdLlFf])?");

    private final String text;
    private int pos;

    private FilterLexer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) {
        return new FilterLexer(text).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (pos >= text.length()) {
                tokens.add(new Token(Token.Type.END, "", "", pos));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private Token next() {
        char c = text.charAt(pos);
        int start = pos;
        switch (c) {
            case '(' -> {
                pos++;
                return new Token(Token.Type.OPEN, "(", "", start);
            }
            case ')' -> {
                pos++;
                return new Token(Token.Type.CLOSE, ")", "", start);
            }
            case ',' -> {
                pos++;
                return new Token(Token.Type.COMMA, ",", "", start);
            }
            case '/' -> {
                pos++;
                return new Token(Token.Type.SLASH, "/", "", start);
            }
            case '=' -> {
                pos++;
                return new Token(Token.Type.EQUALS, "=", "", start);
            }
            case '\'' -> {
                return new Token(Token.Type.STRING, quoted(), "", start);
            }
            default -> {
                if (Character.isDigit(c) || (c == '-' && pos + 1 < text.length()
                        && Character.isDigit(text.charAt(pos + 1)))) {
                    return numberOrDate(start);
                }
                if (Character.isLetter(c) || c == '_') {
                    return identifierOrTypedLiteral(start);
                }
                throw new FilterSyntaxException("unexpected character '" + c + "'", start);
            }
        }
    }

    /** Reads {@code 'it''s'} and returns {@code it's}: OData doubles a quote to escape it. */
    private String quoted() {
        int start = pos;
        pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\'') {
                if (pos < text.length() && text.charAt(pos) == '\'') {
                    value.append('\'');
                    pos++;
                } else {
                    return value.toString();
                }
            } else {
                value.append(c);
            }
        }
        throw new FilterSyntaxException("unterminated string", start);
    }

    private Token numberOrDate(int start) {
        Matcher date = BARE_DATE.matcher(text).region(pos, text.length());
        if (date.lookingAt()) {
            pos = date.end();
            return new Token(Token.Type.BARE_DATETIME, date.group(), "", start);
        }
        Matcher number = NUMBER.matcher(text).region(pos, text.length());
        if (!number.lookingAt()) {
            throw new FilterSyntaxException("malformed number", start);
        }
        pos = number.end();
        String suffix = number.group(3) == null ? "" : number.group(3).toUpperCase(java.util.Locale.ROOT);
        String digits = suffix.isEmpty() ? number.group() : number.group().substring(0, number.group().length() - 1);
        return new Token(Token.Type.NUMBER, digits, suffix, start);
    }

    private Token identifierOrTypedLiteral(int start) {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                pos++;
            } else {
                break;
            }
        }
        String word = text.substring(start, pos);
        if (pos < text.length() && text.charAt(pos) == '\'') {
            return new Token(Token.Type.TYPED_LITERAL, quoted(), word, start);
        }
        return new Token(Token.Type.IDENTIFIER, word, "", start);
    }
}
