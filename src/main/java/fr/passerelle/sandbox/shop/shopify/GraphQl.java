package fr.passerelle.sandbox.shop.shopify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small GraphQL parser, enough for what API clients send: one operation (query or mutation,
 * named or not, with variable definitions), fields with aliases, arguments (variables and every
 * literal kind) and selection sets, inline fragments ({@code ... on Type}), comments and commas.
 * Variables are substituted while parsing. Named fragments are refused, as an unknown document.
 */
final class GraphQl {

    /** One selected field. {@link #key()} is the name the answer uses (the alias when there is one). */
    record Field(@Nullable String alias, String name, Map<String, @Nullable Object> args, List<Field> selections) {

        String key() {
            return alias == null ? name : alias;
        }

        @Nullable Object arg(String argName) {
            return args.get(argName);
        }
    }

    record Operation(boolean mutation, List<Field> fields) {
    }

    /** A syntax error, reported like Shopify's parse errors. */
    static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message);
        }
    }

    private final String src;
    private final Map<String, @Nullable Object> variables;
    private int pos;

    private GraphQl(String src, Map<String, @Nullable Object> variables) {
        this.src = src;
        this.variables = variables;
    }

    static Operation parse(String document, Map<String, @Nullable Object> variables) {
        return new GraphQl(document, variables).operation();
    }

    private Operation operation() {
        skip();
        boolean mutation = false;
        if (peekName("query") || peekName("mutation")) {
            mutation = name().equals("mutation");
            skip();
            if (pos < src.length() && isNameStart(src.charAt(pos))) {
                name();
            }
            skip();
            if (peek('(')) {
                skipBalanced('(', ')');
            }
        } else if (peekName("fragment")) {
            throw new SyntaxError("fragments are not supported");
        }
        List<Field> fields = selectionSet();
        skip();
        if (pos < src.length()) {
            throw new SyntaxError("Parse error on \"" + src.charAt(pos) + "\" at [" + pos + "]: only one operation per document");
        }
        return new Operation(mutation, fields);
    }

    private List<Field> selectionSet() {
        expect('{');
        List<Field> fields = new ArrayList<>();
        while (true) {
            skip();
            if (peek('}')) {
                pos++;
                return fields;
            }
            if (src.startsWith("...", pos)) {
                pos += 3;
                skip();
                if (!peekName("on")) {
                    throw new SyntaxError("fragment spreads are not supported");
                }
                name();
                skip();
                name();
                fields.addAll(selectionSet());
                continue;
            }
            String first = name();
            String alias = null;
            String fieldName = first;
            skip();
            if (peek(':')) {
                pos++;
                skip();
                alias = first;
                fieldName = name();
                skip();
            }
            Map<String, @Nullable Object> args = new LinkedHashMap<>();
            if (peek('(')) {
                pos++;
                while (true) {
                    skip();
                    if (peek(')')) {
                        pos++;
                        break;
                    }
                    String arg = name();
                    skip();
                    expect(':');
                    args.put(arg, value());
                }
                skip();
            }
            while (peek('@')) { // directives (@idempotent(key: ...) ...) change nothing simulated here
                pos++;
                name();
                skip();
                if (peek('(')) {
                    skipBalanced('(', ')');
                }
                skip();
            }
            List<Field> selections = List.of();
            if (peek('{')) {
                selections = selectionSet();
            }
            fields.add(new Field(alias, fieldName, args, selections));
        }
    }

    private @Nullable Object value() {
        skip();
        if (pos >= src.length()) {
            throw new SyntaxError("unexpected end of document");
        }
        char c = src.charAt(pos);
        if (c == '$') {
            pos++;
            return variables.get(name());
        }
        if (c == '"') {
            return string();
        }
        if (c == '[') {
            pos++;
            List<@Nullable Object> list = new ArrayList<>();
            while (true) {
                skip();
                if (peek(']')) {
                    pos++;
                    return list;
                }
                list.add(value());
            }
        }
        if (c == '{') {
            pos++;
            Map<String, @Nullable Object> object = new LinkedHashMap<>();
            while (true) {
                skip();
                if (peek('}')) {
                    pos++;
                    return object;
                }
                String key = name();
                skip();
                expect(':');
                object.put(key, value());
            }
        }
        if (c == '-' || Character.isDigit(c)) {
            int start = pos++;
            while (pos < src.length() && "0123456789.eE+-".indexOf(src.charAt(pos)) >= 0) {
                pos++;
            }
            return new BigDecimal(src.substring(start, pos));
        }
        String word = name();
        return switch (word) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> word; // an enum value
        };
    }

    private String string() {
        if (src.startsWith("\"\"\"", pos)) {
            int end = src.indexOf("\"\"\"", pos + 3);
            if (end < 0) {
                throw new SyntaxError("unterminated block string");
            }
            String text = src.substring(pos + 3, end);
            pos = end + 3;
            return text.strip();
        }
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < src.length() && src.charAt(pos) != '"') {
            char c = src.charAt(pos++);
            if (c == '\\' && pos < src.length()) {
                char e = src.charAt(pos++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        expect('"');
        return out.toString();
    }

    private String name() {
        skip();
        int start = pos;
        if (pos >= src.length() || !isNameStart(src.charAt(pos))) {
            throw new SyntaxError("Parse error at [" + pos + "]: expected a name");
        }
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        return src.substring(start, pos);
    }

    private void skipBalanced(char open, char close) {
        int depth = 0;
        do {
            char c = src.charAt(pos++);
            if (c == open) {
                depth++;
            } else if (c == close) {
                depth--;
            }
        } while (depth > 0 && pos < src.length());
    }

    private void skip() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (Character.isWhitespace(c) || c == ',') {
                pos++;
            } else {
                return;
            }
        }
    }

    private boolean peek(char c) {
        return pos < src.length() && src.charAt(pos) == c;
    }

    private boolean peekName(String word) {
        return src.startsWith(word, pos) && (pos + word.length() >= src.length()
                || !Character.isLetterOrDigit(src.charAt(pos + word.length())));
    }

    private void expect(char c) {
        skip();
        if (!peek(c)) {
            throw new SyntaxError("Parse error at [" + pos + "]: expected '" + c + "'");
        }
        pos++;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }
}
