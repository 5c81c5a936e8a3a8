package fr.passerelle.dsl.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The language's one grammar: precedence climbing over the {@link Lexer}'s tokens, building a
 * {@link Syntax} tree. Anything outside the grammar is a {@link ParseException} at its offset;
 * nothing is ever handed to another parser.
 *
 * <pre>
 * expression  = or ( "?" expression ":" expression )?
 * or          = and ( "||" and )*          and = equality ( "&&" equality )*
 * equality    = relation ( ("==" | "!=") relation )*
 * relation    = sum ( ("<" | "<=" | ">" | ">=") sum )*
 * sum         = product ( ("+" | "-") product )*     product = unary ( ("*" | "/" | "%") unary )*
 * unary       = ("!" | "-") unary | postfix
 * postfix     = primary ( ("." | ".?") name ( "(" arguments ")" )? | "[" expression "]" )*
 * primary     = number | text | name | name "(" arguments ")" | "(" expression ")" | "[" arguments "]"
 * </pre>
 */
final class Parser {

    /** Outside the grammar, at an offset; {@code code} is SYNTAX, or SANDBOX for a construct the language refuses. */
    static final class ParseException extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;
        final String code;

        ParseException(String code, String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
            this.code = code;
        }
    }

    private static final List<Set<String>> LEVELS = List.of(
            Set.of("||"), Set.of("&&"), Set.of("==", "!="), Set.of("<", "<=", ">", ">="), Set.of("+", "-"),
            Set.of("*", "/", "%"));

    private final List<Token> tokens;
    private int position;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Syntax parse(List<Token> tokens) throws ParseException {
        Parser parser = new Parser(tokens);
        Syntax tree = parser.expression();
        Token rest = parser.peek();
        if (rest.kind() != Token.Kind.END) {
            throw parser.unexpected(rest);
        }
        return tree;
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        return tokens.get(position++);
    }

    private Token expect(String symbol, String what) throws ParseException {
        Token t = next();
        if (!t.is(symbol)) {
            if (t.kind() == Token.Kind.END) {
                throw new ParseException("SYNTAX", "the expression ends too early: " + what, t.offset());
            }
            throw unexpectedWhere(t, what);
        }
        return t;
    }

    private Syntax expression() throws ParseException {
        Syntax condition = binary(0);
        if (!peek().is("?")) {
            return condition;
        }
        Token question = next();
        Syntax then = expression();
        expect(":", "a '?' needs its ':' (condition ? value : other value)");
        return new Syntax.Conditional(question.offset(), condition, then, expression());
    }

    private Syntax binary(int level) throws ParseException {
        if (level == LEVELS.size()) {
            return unary();
        }
        Syntax left = binary(level + 1);
        while (peek().kind() == Token.Kind.SYMBOL && LEVELS.get(level).contains(peek().text())) {
            Token operator = next();
            left = new Syntax.Binary(operator.offset(), operator.text(), left, binary(level + 1));
        }
        return left;
    }

    private Syntax unary() throws ParseException {
        if (peek().is("!") || peek().is("-")) {
            Token operator = next();
            return new Syntax.Unary(operator.offset(), operator.text(), unary());
        }
        return postfix(primary());
    }

    private Syntax postfix(Syntax base) throws ParseException {
        Syntax node = base;
        while (true) {
            if (peek().is(".") || peek().is(".?")) {
                next();
                Token name = next();
                if (name.kind() != Token.Kind.IDENT) {
                    throw unexpectedWhere(name, "a field or method name comes after '.'");
                }
                if (peek().is("(")) {
                    next();
                    node = new Syntax.MethodCall(name.offset(), node, name.text(), arguments(")"));
                } else {
                    node = new Syntax.Member(name.offset(), node, name.text());
                }
            } else if (peek().is("[")) {
                Token open = next();
                Syntax index = expression();
                expect("]", "'[' is never closed: add the missing ']'");
                node = new Syntax.Index(open.offset(), node, index);
            } else {
                return node;
            }
        }
    }

    private Syntax primary() throws ParseException {
        Token t = next();
        switch (t.kind()) {
            case NUMBER -> {
                return new Syntax.Literal(t.offset(), new BigDecimal(t.text()));
            }
            case STRING -> {
                return new Syntax.Literal(t.offset(), t.text());
            }
            case IDENT -> {
                return name(t);
            }
            case END -> throw new ParseException("SYNTAX", "the expression ends too early: a value is missing", t.offset());
            default -> {
                if (t.is("(")) {
                    Syntax inner = expression();
                    expect(")", "'(' is never closed: add the missing ')'");
                    return inner;
                }
                if (t.is("[")) {
                    return new Syntax.ListLiteral(t.offset(), arguments("]"));
                }
                throw unexpected(t);
            }
        }
    }

    private Syntax name(Token t) throws ParseException {
        if (peek().is("(")) {
            next();
            return new Syntax.Call(t.offset(), t.text(), arguments(")"));
        }
        return switch (t.text()) {
            case "true" -> new Syntax.Literal(t.offset(), Boolean.TRUE);
            case "false" -> new Syntax.Literal(t.offset(), Boolean.FALSE);
            case "null", "nil" -> new Syntax.Literal(t.offset(), null);
            default -> new Syntax.Name(t.offset(), t.text());
        };
    }

    /** Comma-separated expressions up to {@code close} (already past the opening bracket). */
    private List<Syntax> arguments(String close) throws ParseException {
        List<Syntax> items = new ArrayList<>();
        if (peek().is(close)) {
            next();
            return items;
        }
        while (true) {
            items.add(expression());
            Token t = next();
            if (t.is(close)) {
                return items;
            }
            if (t.is(":") && close.equals("]")) {
                throw new ParseException("SYNTAX", "inline objects ['k': v] are not part of the language: write map('k', v)",
                        t.offset());
            }
            if (!t.is(",")) {
                if (t.kind() == Token.Kind.END) {
                    throw new ParseException("SYNTAX", "the expression ends before '" + close + "': add the missing '"
                            + close + "'", t.offset());
                }
                throw unexpectedWhere(t, "a ',' or '" + close + "' was expected");
            }
        }
    }

    private ParseException unexpected(Token t) {
        return unexpectedWhere(t, null);
    }

    private ParseException unexpectedWhere(Token t, String hint) {
        if (t.kind() == Token.Kind.IDENT && TokenPolicy.isForbiddenWord(t.text())) {
            return new ParseException("SANDBOX", "'" + t.text() + "' is not allowed in a mapping expression", t.offset());
        }
        String shown = t.kind() == Token.Kind.STRING ? "text '" + t.text() + "'" : "'" + t.text() + "'";
        return new ParseException("SYNTAX", "unexpected " + shown + (hint == null ? "" : ": " + hint), t.offset());
    }
}
