package fr.passerelle.dsl.mvel;

import fr.passerelle.dsl.function.FunctionCatalog;
import fr.passerelle.dsl.function.Operators;
import fr.passerelle.dsl.function.Values;
import fr.passerelle.plan.CompiledExpression;
import fr.passerelle.plan.EvaluationContext;
import fr.passerelle.plan.EvaluationException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The nodes of the fast evaluator: each is an immutable object whose {@code evaluate} does one
 * thing, so a bare field copy is one map read and a call is an array and a method call.
 */
final class FastNodes {

    private FastNodes() {
    }

    /** Base: the source text is kept on the root node only (for messages). */
    abstract static class Node implements CompiledExpression {
        private String source = "";

        final Node withSource(String text) {
            this.source = text;
            return this;
        }

        @Override
        public final String source() {
            return source;
        }
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
}
