package fr.passerelle.dsl.expression;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The syntax tree of one expression: the only node kinds the language has. The parser builds it,
 * {@link TreeCheck} checks it and {@link NodeBuilder} turns that same tree into the evaluator's
 * nodes, so what is checked is exactly what runs. There is no node for a class, a constructor, a
 * static member, an assignment, a loop or a block: those cannot be written, so they cannot run.
 * Every node carries the offset (in the expression text) it is reported at.
 */
public sealed interface Syntax {

    int offset();

    /** A text, a number ({@code BigDecimal}), {@code true}/{@code false} or {@code null}. */
    record Literal(int offset, @Nullable Object value) implements Syntax {
    }

    /** A plain name: a record field, a let, an item field, or {@code target}, {@code profile}, {@code index}, {@code parent}, {@code item}. */
    record Name(int offset, String name) implements Syntax {
    }

    /** {@code name(arguments)}: a catalogued function. */
    record Call(int offset, String function, List<Syntax> arguments) implements Syntax {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * {@code object.name}: a field of an object value, never a Java member; null when the object is
     * null ({@code object.?name}, MVEL's null-safe spelling, is read the same way).
     */
    record Member(int offset, Syntax object, String name) implements Syntax {
    }

    /** {@code object.name(arguments)}: a method of the dispatch table ({@link Methods}), never reflection. */
    record MethodCall(int offset, Syntax object, String method, List<Syntax> arguments) implements Syntax {
        public MethodCall {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code object[index]}: an item of a list by position, or a field of an object by name. */
    record Index(int offset, Syntax object, Syntax index) implements Syntax {
    }

    /** {@code [a, b, c]}. */
    record ListLiteral(int offset, List<Syntax> items) implements Syntax {
        public ListLiteral {
            items = List.copyOf(items);
        }
    }

    /** {@code !x} or {@code -x}. */
    record Unary(int offset, String operator, Syntax operand) implements Syntax {
    }

    /** {@code a op b}: arithmetic, comparison, {@code &&}, {@code ||}. */
    record Binary(int offset, String operator, Syntax left, Syntax right) implements Syntax {
    }

    /** {@code condition ? then : otherwise}. */
    record Conditional(int offset, Syntax condition, Syntax then, Syntax otherwise) implements Syntax {
    }
}
