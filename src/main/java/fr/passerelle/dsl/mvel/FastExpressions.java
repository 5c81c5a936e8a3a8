package fr.passerelle.dsl.mvel;

import fr.passerelle.dsl.function.FunctionCatalog;
import fr.passerelle.dsl.mvel.FastNodes.Node;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compiles the core grammar (names, literals, calls, {@code . property}, unary and binary
 * operators, {@code ?:}) straight to {@link FastNodes}; answers null for anything else (method
 * calls, indexing, list literals ...), which then goes to MVEL. A precedence-climbing parser
 * over the sandbox-checked tokens.
 */
final class FastExpressions {

    private static final List<Set<String>> LEVELS = List.of(
            Set.of("||"), Set.of("&&"), Set.of("==", "!="), Set.of("<", "<=", ">", ">="), Set.of("+", "-"),
            Set.of("*", "/", "%"));

    /** Signals "outside the core grammar": the caller falls back to MVEL. */
    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private final List<Token> tokens;
    private final ExpressionScope scope;
    private int position;

    private FastExpressions(List<Token> tokens, ExpressionScope scope) {
        this.tokens = tokens;
        this.scope = scope;
    }

    static @Nullable Node compile(String source, List<Token> tokens, ExpressionScope scope) {
        FastExpressions parser = new FastExpressions(tokens, scope);
        try {
            Node node = parser.ternary();
            if (parser.peek().kind() != Token.Kind.END) {
                return null;
            }
            return node.withSource(source);
        } catch (Unsupported e) {
            return null;
        }
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        return tokens.get(position++);
    }

    private void expect(String symbol) throws Unsupported {
        if (!next().is(symbol)) {
            throw new Unsupported();
        }
    }

    private Node ternary() throws Unsupported {
        Node condition = binary(0);
        if (!peek().is("?")) {
            return condition;
        }
        next();
        Node then = ternary();
        expect(":");
        return new FastNodes.Conditional(condition, then, ternary());
    }

    private Node binary(int level) throws Unsupported {
        if (level == LEVELS.size()) {
            return unary();
        }
        Node left = binary(level + 1);
        while (peek().kind() == Token.Kind.SYMBOL && LEVELS.get(level).contains(peek().text())) {
            String operator = next().text();
            Node right = binary(level + 1);
            left = switch (operator) {
                case "&&" -> new FastNodes.Logical(true, left, right);
                case "||" -> new FastNodes.Logical(false, left, right);
                default -> new FastNodes.Binary(operator, left, right);
            };
        }
        return left;
    }

    private Node unary() throws Unsupported {
        if (peek().is("!")) {
            next();
            return new FastNodes.Not(unary());
        }
        if (peek().is("-")) {
            next();
            return new FastNodes.Negate(unary());
        }
        return postfix(primary());
    }

    private Node postfix(Node base) throws Unsupported {
        Node node = base;
        while (peek().is(".") || peek().is(".?")) {
            next();
            Token name = next();
            if (name.kind() != Token.Kind.IDENT || peek().is("(")) {
                throw new Unsupported();
            }
            node = new FastNodes.PropertyRead(node, name.text());
        }
        if (peek().is("[")) {
            throw new Unsupported();
        }
        return node;
    }

    private Node primary() throws Unsupported {
        Token t = next();
        switch (t.kind()) {
            case NUMBER -> {
                return new FastNodes.Literal(new BigDecimal(t.text()));
            }
            case STRING -> {
                return new FastNodes.Literal(t.text());
            }
            case IDENT -> {
                return name(t);
            }
            default -> {
                if (t.is("(")) {
                    Node inner = ternary();
                    expect(")");
                    return inner;
                }
                throw new Unsupported();
            }
        }
    }

    /** Whether the call at {@code t} starts with a text literal: {@code lookup('table', ...)}. */
    private boolean isLiteralText(Token t) {
        int at = indexOf(t);
        return tokens.get(at + 2).kind() == Token.Kind.STRING && tokens.get(at + 3).is(",");
    }

    private int indexOf(Token t) {
        return tokens.indexOf(t);
    }

    private Node name(Token t) throws Unsupported {
        String name = t.text();
        if (peek().is("(")) {
            next();
            FunctionCatalog.Function function = FunctionCatalog.find(name);
            if (function == null) {
                throw new Unsupported();
            }
            List<Node> arguments = new ArrayList<>();
            if (!peek().is(")")) {
                do {
                    arguments.add(ternary());
                } while (peek().is(",") && next() != null);
            }
            expect(")");
            if (name.equals("lookup") && arguments.size() == 2
                    && isLiteralText(t)) {
                return new FastNodes.Lookup(tokens.get(indexOf(t) + 2).text(), arguments.get(1));
            }
            return new FastNodes.Call(function, arguments.toArray(Node[]::new));
        }
        return switch (name) {
            case "true" -> new FastNodes.Literal(Boolean.TRUE);
            case "false" -> new FastNodes.Literal(Boolean.FALSE);
            case "null", "nil" -> new FastNodes.Literal(null);
            case "empty" -> throw new Unsupported();
            case "target" -> new FastNodes.ContextRead(true);
            case "profile" -> new FastNodes.ContextRead(false);
            default -> {
                Integer let = scope.lets().get(name);
                yield let != null ? new FastNodes.LetRead(let) : new FastNodes.FieldRead(name);
            }
        };
    }
}
