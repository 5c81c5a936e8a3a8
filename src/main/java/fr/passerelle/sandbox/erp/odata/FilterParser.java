package fr.passerelle.sandbox.erp.odata;

import fr.passerelle.sandbox.erp.odata.FilterNode.Operator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Recursive-descent parser for the OData v3 {@code $filter} subset of Acumatica's
 * contract-based API. Grammar (lowest precedence first):
 *
 * <pre>
 * filter   := or END
 * or       := and ('or' and)*
 * and      := unary ('and' unary)*
 * unary    := 'not' unary | compare
 * compare  := primary (('eq'|'ne'|'gt'|'ge'|'lt'|'le') primary)?
 * primary  := '(' or ')' | literal | call | customField | path
 * call     := ('substringof'|'startswith'|'endswith') '(' or (',' or)* ')'
 * custom   := 'cf.' TYPE '(' 'f' '=' STRING ')'
 * path     := IDENT ('/' IDENT)*
 * </pre>
 */
public final class FilterParser {

    /** Acumatica documents these three functions only; anything else is refused like the server does. */
    private static final Map<String, Integer> FUNCTIONS = Map.of("substringof", 2, "startswith", 2, "endswith", 2);
    private static final Set<String> CUSTOM_TYPES = Set.of("String", "Decimal", "Int", "Boolean", "DateTime",
            "Guid", "Short", "Long", "Double", "Byte");
    private static final Map<String, Operator> OPERATORS = Map.of("eq", Operator.EQ, "ne", Operator.NE, "gt",
            Operator.GT, "ge", Operator.GE, "lt", Operator.LT, "le", Operator.LE);

    private final List<Token> tokens;
    private int index;

    private FilterParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses filter text, or throws {@link FilterSyntaxException} naming where it went wrong. */
    public static FilterNode parse(String filter) {
        FilterParser parser = new FilterParser(FilterLexer.tokenize(filter));
        FilterNode node = parser.or();
        Token end = parser.peek();
        if (end.type() != Token.Type.END) {
            throw new FilterSyntaxException("unexpected '" + end.text() + "'", end.position());
        }
        return node;
    }

    private FilterNode or() {
        FilterNode left = and();
        while (peek().isWord("or")) {
            index++;
            left = new FilterNode.Or(left, and());
        }
        return left;
    }

    private FilterNode and() {
        FilterNode left = unary();
        while (peek().isWord("and")) {
            index++;
            left = new FilterNode.And(left, unary());
        }
        return left;
    }

    private FilterNode unary() {
        if (peek().isWord("not")) {
            index++;
            return new FilterNode.Not(unary());
        }
        return compare();
    }

    private FilterNode compare() {
        FilterNode left = primary();
        Token next = peek();
        if (next.type() == Token.Type.IDENTIFIER && OPERATORS.containsKey(next.text())) {
            index++;
            return new FilterNode.Compare(OPERATORS.get(next.text()), left, primary());
        }
        return left;
    }

    private FilterNode primary() {
        Token token = advance();
        return switch (token.type()) {
            case OPEN -> {
                FilterNode inner = or();
                expect(Token.Type.CLOSE, "')'");
                yield inner;
            }
            case STRING -> new FilterNode.Literal(token.text());
            case NUMBER -> new FilterNode.Literal(new BigDecimal(token.text()));
            case TYPED_LITERAL -> typed(token);
            case BARE_DATETIME -> new FilterNode.Literal(dateTime(token.text(), token.position()));
            case IDENTIFIER -> identifier(token);
            default -> throw new FilterSyntaxException(
                    token.type() == Token.Type.END ? "unexpected end of filter" : "unexpected '" + token.text() + "'",
                    token.position());
        };
    }

    private FilterNode identifier(Token token) {
        String word = token.text();
        switch (word) {
            case "true" -> {
                return new FilterNode.Literal(Boolean.TRUE);
            }
            case "false" -> {
                return new FilterNode.Literal(Boolean.FALSE);
            }
            case "null" -> {
                return new FilterNode.Literal(null);
            }
            default -> {
            }
        }
        if (peek().type() == Token.Type.OPEN) {
            return word.startsWith("cf.") ? customField(token) : call(token);
        }
        if (OPERATORS.containsKey(word) || word.equals("and") || word.equals("or") || word.equals("not")) {
            throw new FilterSyntaxException("operand expected before '" + word + "'", token.position());
        }
        List<String> path = new ArrayList<>();
        path.add(word);
        while (peek().type() == Token.Type.SLASH) {
            index++;
            Token segment = expect(Token.Type.IDENTIFIER, "a field name after '/'");
            path.add(segment.text());
        }
        return new FilterNode.Property(path);
    }

    private FilterNode call(Token name) {
        Integer arity = FUNCTIONS.get(name.text());
        if (arity == null) {
            throw new FilterSyntaxException("unsupported function '" + name.text() + "'", name.position());
        }
        expect(Token.Type.OPEN, "'('");
        List<FilterNode> arguments = new ArrayList<>();
        arguments.add(or());
        while (peek().type() == Token.Type.COMMA) {
            index++;
            arguments.add(or());
        }
        expect(Token.Type.CLOSE, "')'");
        if (arguments.size() != arity) {
            throw new FilterSyntaxException(name.text() + " takes " + arity + " arguments", name.position());
        }
        return new FilterNode.Call(name.text(), arguments);
    }

    private FilterNode customField(Token name) {
        String type = name.text().substring(3);
        if (!CUSTOM_TYPES.contains(type)) {
            throw new FilterSyntaxException("unknown custom field type '" + type + "'", name.position());
        }
        expect(Token.Type.OPEN, "'('");
        Token f = expect(Token.Type.IDENTIFIER, "f=");
        if (!f.text().equals("f")) {
            throw new FilterSyntaxException("expected f=", f.position());
        }
        expect(Token.Type.EQUALS, "'='");
        Token target = expect(Token.Type.STRING, "'View.Field'");
        expect(Token.Type.CLOSE, "')'");
        int dot = target.text().indexOf('.');
        if (dot <= 0 || dot == target.text().length() - 1) {
            throw new FilterSyntaxException("custom field must be 'View.Field'", target.position());
        }
        return new FilterNode.CustomField(type, target.text().substring(0, dot), target.text().substring(dot + 1));
    }

    private FilterNode typed(Token token) {
        String kind = token.qualifier().toLowerCase(Locale.ROOT);
        try {
            return switch (kind) {
                case "datetimeoffset", "datetime" -> new FilterNode.Literal(dateTime(token.text(), token.position()));
                case "date" -> new FilterNode.Literal(LocalDate.parse(token.text()));
                case "guid" -> new FilterNode.Literal(UUID.fromString(token.text()));
                default -> throw new FilterSyntaxException("unknown literal type '" + token.qualifier() + "'",
                        token.position());
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            if (e instanceof FilterSyntaxException syntax) {
                throw syntax;
            }
            throw new FilterSyntaxException("malformed " + kind + " literal '" + token.text() + "'", token.position());
        }
    }

    /** With an offset the instant is exact; without one it is the server's local time (kept as such). */
    private static Object dateTime(String text, int position) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text);
            }
            boolean hasOffset = text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$");
            return hasOffset ? OffsetDateTime.parse(text) : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new FilterSyntaxException("malformed date-time '" + text + "'", position);
        }
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token advance() {
        Token token = tokens.get(index);
        if (token.type() != Token.Type.END) {
            index++;
        }
        return token;
    }

    private Token expect(Token.Type type, String what) {
        Token token = peek();
        if (token.type() != type) {
            throw new FilterSyntaxException("expected " + what, token.position());
        }
        index++;
        return token;
    }
}
