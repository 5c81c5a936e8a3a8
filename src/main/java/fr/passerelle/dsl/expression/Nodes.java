package fr.passerelle.dsl.expression;

import fr.passerelle.dsl.function.FunctionCatalog;
import fr.passerelle.dsl.function.Operators;
import fr.passerelle.dsl.function.Values;
import fr.passerelle.plan.CompiledExpression;
import fr.passerelle.plan.EvaluationContext;
import fr.passerelle.plan.EvaluationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The evaluator: one small immutable class per node kind of {@link Syntax}, built by
 * {@link NodeBuilder} from the checked tree. Each {@code evaluate} does one thing, so a bare field
 * copy is one map read and a call is an array and a method call. Nothing here loads a class,
 * calls a method by name or touches anything but the record's values.
 */
final class Nodes {

    private Nodes() {
    }

    /** Base: the source text and the checked tree are kept on the root node only. */
    abstract static class Node implements CompiledExpression {
        private String source = "";
        private @Nullable Syntax tree;

        final Node asRoot(String text, Syntax checked) {
            this.source = text;
            this.tree = checked;
            return this;
        }

        @Override
        public final String source() {
            return source;
        }

        /** The tree {@link TreeCheck} checked and this node was built from (root nodes only). */
        final @Nullable Syntax tree() {
            return tree;
        }
    }

    /** The item at a position of a list (null beyond its ends), or fails for a non-number. */
    static @Nullable Object item(List<?> list, @Nullable Object position) {
        if (position == null) {
            return null;
        }
        int at = Values.integer(position, "[]");
        return at < 0 || at >= list.size() ? null : list.get(at);
    }

    static final class Literal extends Node {
        final @Nullable Object value;

        Literal(@Nullable Object value) {
            this.value = value;
        }

        @Override
        public @Nullable Object evaluate(EvaluationContext context) {
            return value;
        }
    }

    /** A bare source field: the "direct read" every copy compiles to. */
    static final class FieldRead extends Node {
        private final String name;

        FieldRead(String name) {
            this.name = name;
        }

        @Override
        public @Nullable Object evaluate(EvaluationContext context) {
            return context.field(name);
        }
    }

    static final class LetRead extends Node {
        private final int index;

        LetRead(int index) {
            this.index = index;
        }

        @Override
        public @Nullable Object evaluate(EvaluationContext context) {
            return context.let(index);
        }
    }

    static final class ContextRead extends Node {
        private final boolean target;

        ContextRead(boolean target) {
            this.target = target;
        }

        @Override
        public Object evaluate(EvaluationContext context) {
            return target ? context.target() : context.profile();
        }
    }

    /** {@code object.name}: a property of an object (null-safe); only maps have properties here. */
    static final class PropertyRead extends Node {
        private final Node object;
        private final String name;

        PropertyRead(Node object, String name) {
            this.object = object;
            this.name = name;
        }

        @Override
        public @Nullable Object evaluate(EvaluationContext context) {
            Object value = object.evaluate(context);
            if (value == null) {
                return null;
            }
            if (value instanceof Map<?, ?> map) {
                return map.get(name);
            }
            throw new EvaluationException("cannot read '" + name + "' of " + Values.describe(value));
        }
    }

    static final class Call extends Node {
        private final FunctionCatalog.Function function;
        private final Node[] arguments;
        private final int slots;

        Call(FunctionCatalog.Function function, Node[] arguments) {
            this.function = function;
            this.arguments = arguments;
            this.slots = function.maxArgs() == FunctionCatalog.VARARGS ? arguments.length : function.maxArgs();
        }

        @Override
        public @Nullable Object evaluate(EvaluationContext context) {
            Object[] values = new Object[slots];
            for (int i = 0; i < arguments.length; i++) {
                values[i] = arguments[i].evaluate(context);
            }
            return function.implementation().apply(values, context);
        }
    }

    /** Binary operators, resolved once at compile time (no string switch per record). */
    enum Operator {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), REMAINDER("%"), EQUAL("=="), NOT_EQUAL("!="),
        LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        static Operator of(String symbol) {
            for (Operator operator : values()) {
                if (operator.symbol.equals(symbol)) {
                    return operator;
                }
            }
            throw new IllegalArgumentException(symbol);
        }
    }

    static final class Binary extends Node {
        private final Operator operator;
        private final Node left;
        private final Node right;
        /** A literal divisor whose divisions always end ({@code Weight / 1000}): exact division, no 34-digit context. */
        private final java.math.@Nullable BigDecimal terminatingDivisor;

        Binary(String operator, Node left, Node right) {
            this.operator = Operator.of(operator);
            this.left = left;
            this.right = right;
            this.terminatingDivisor = this.operator == Operator.DIVIDE && right instanceof Literal literal
                    && literal.value instanceof java.math.BigDecimal divisor && Operators.dividesTerminating(divisor)
                    ? divisor : null;
        }

        @Override
        public @Nullable Object evaluate(EvaluationContext context) {
            Object a = left.evaluate(context);
            if (terminatingDivisor != null) {
                return Operators.divideTerminating(a, terminatingDivisor);
            }
            Object b = right.evaluate(context);
            return switch (operator) {
                case ADD -> Operators.add(a, b);
                case SUBTRACT -> Operators.subtract(a, b);
                case MULTIPLY -> Operators.multiply(a, b);
                case DIVIDE -> Operators.divide(a, b);
                case REMAINDER -> Operators.remainder(a, b);
                case EQUAL -> Operators.same(a, b);
                case NOT_EQUAL -> !Operators.same(a, b);
                case LESS -> order(a, b) < 0;
                case LESS_OR_EQUAL -> order(a, b) <= 0;
                case GREATER -> order(a, b) > 0;
                case GREATER_OR_EQUAL -> order(a, b) >= 0;
            };
        }

        /** Comparisons with null are false: an order that satisfies no comparison. */
        private int order(@Nullable Object a, @Nullable Object b) {
            Integer order = Operators.compare(a, b, operator.symbol);
            if (order == null) {
                return switch (operator) {
                    case LESS, LESS_OR_EQUAL -> 1;
                    default -> -1;
                };
            }
            return order;
        }
    }

    /** {@code lookup('table', key)} with a literal table name: the table is found once per record, by the plan. */
    static final class Lookup extends Node {
        private final String table;
        private final Node key;

        Lookup(String table, Node key) {
            this.table = table;
            this.key = key;
        }

        @Override
        public @Nullable Object evaluate(EvaluationContext context) {
            return context.lookupTable(table).resolve(key.evaluate(context));
        }
    }

    /** {@code &&} and {@code ||}, short-circuit. */
    static final class Logical extends Node {
        private final boolean and;
        private final Node left;
        private final Node right;

        Logical(boolean and, Node left, Node right) {
            this.and = and;
            this.left = left;
            this.right = right;
        }

        @Override
        public Object evaluate(EvaluationContext context) {
            boolean first = Operators.truth(left.evaluate(context), and ? "&&" : "||");
            if (and != first) {
                return first;
            }
            return Operators.truth(right.evaluate(context), and ? "&&" : "||");
        }
    }

    static final class Not extends Node {
        private final Node operand;

        Not(Node operand) {
            this.operand = operand;
        }

        @Override
        public Object evaluate(EvaluationContext context) {
            return !Operators.truth(operand.evaluate(context), "!");
        }
    }

    static final class Negate extends Node {
        private final Node operand;

        Negate(Node operand) {
            this.operand = operand;
        }

        @Override
        public @Nullable Object evaluate(EvaluationContext context) {
            return Operators.negate(operand.evaluate(context));
        }
    }

    static final class Conditional extends Node {
        private final Node condition;
        private final Node then;
        private final Node otherwise;

        Conditional(Node condition, Node then, Node otherwise) {
            this.condition = condition;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        public @Nullable Object evaluate(EvaluationContext context) {
            return Operators.truth(condition.evaluate(context), "?:") ? then.evaluate(context)
                    : otherwise.evaluate(context);
        }
    }

    /** {@code object.method(args)} through the dispatch table of {@link Methods}. */
    static final class MethodCall extends Node {
        private final Node object;
        private final Methods.Method method;
        private final Node[] arguments;

        MethodCall(Node object, Methods.Method method, Node[] arguments) {
            this.object = object;
            this.method = method;
            this.arguments = arguments;
        }

        @Override
        public @Nullable Object evaluate(EvaluationContext context) {
            Object receiver = object.evaluate(context);
            Object[] values = new Object[Math.max(arguments.length, method.maxArgs())];
            for (int i = 0; i < arguments.length; i++) {
                values[i] = arguments[i].evaluate(context);
            }
            return Methods.call(method, receiver, values);
        }
    }

    /** {@code object[index]}: a list item by position, or an object's field by name. */
    static final class IndexRead extends Node {
        private final Node object;
        private final Node index;

        IndexRead(Node object, Node index) {
            this.object = object;
            this.index = index;
        }

        @Override
        public @Nullable Object evaluate(EvaluationContext context) {
            Object value = object.evaluate(context);
            Object at = index.evaluate(context);
            return switch (value) {
                case null -> null;
                case List<?> list -> item(list, at);
                case Map<?, ?> map -> at == null ? null : map.get(Values.text(at));
                default -> throw new EvaluationException("cannot index " + Values.describe(value) + " with [ ]");
            };
        }
    }

    /** {@code [a, b]}: a new list of the values, nulls kept in place. */
    static final class ListLiteral extends Node {
        private final Node[] items;

        ListLiteral(Node[] items) {
            this.items = items;
        }

        @Override
        public Object evaluate(EvaluationContext context) {
            List<@Nullable Object> list = new ArrayList<>(items.length);
            for (Node item : items) {
                list.add(item.evaluate(context));
            }
            return list;
        }
    }

    /**
     * A name inside {@code each} blocks: the innermost block's let, then that block's item field,
     * then the enclosing block's (and so on outwards), then the document's let or the record's field.
     */
    static final class ScopedRead extends Node {
        private final String name;
        /** Per enclosing block, innermost first: the block let's index, or -1. */
        private final int[] blockLets;
        private final int documentLet;

        ScopedRead(String name, int[] blockLets, int documentLet) {
            this.name = name;
            this.blockLets = blockLets;
            this.documentLet = documentLet;
        }

        @Override
        public @Nullable Object evaluate(EvaluationContext context) {
            EvaluationContext.Frame frame = context.frame();
            for (int level = 0; frame != null && level < blockLets.length; level++, frame = frame.outer()) {
                if (blockLets[level] >= 0) {
                    return frame.let(blockLets[level]);
                }
                Map<String, ?> item = frame.fields();
                Object value = item.get(name);
                if (value != null || item.containsKey(name)) {
                    return value;
                }
            }
            return documentLet >= 0 ? context.let(documentLet) : context.field(name);
        }
    }

    /** {@code index}, {@code parent} and {@code item} inside a block. */
    static final class FrameRead extends Node {
        enum What { INDEX, PARENT, ITEM }

        private final What what;

        FrameRead(What what) {
            this.what = what;
        }

        @Override
        public @Nullable Object evaluate(EvaluationContext context) {
            EvaluationContext.Frame frame = java.util.Objects.requireNonNull(context.frame());
            return switch (what) {
                case INDEX -> java.math.BigDecimal.valueOf(frame.index());
                case PARENT -> frame.parent();
                case ITEM -> frame.item();
            };
        }
    }
}
