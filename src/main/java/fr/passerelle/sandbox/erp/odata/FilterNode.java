package fr.passerelle.sandbox.erp.odata;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The parsed {@code $filter}: an immutable expression tree. */
public sealed interface FilterNode {

    /** {@code a or b}. */
    record Or(FilterNode left, FilterNode right) implements FilterNode {
    }

    /** {@code a and b}. */
    record And(FilterNode left, FilterNode right) implements FilterNode {
    }

    /** {@code not a}. */
    record Not(FilterNode operand) implements FilterNode {
    }

    /** {@code left op right} with op one of eq, ne, gt, ge, lt, le. */
    record Compare(Operator operator, FilterNode left, FilterNode right) implements FilterNode {
    }

    /**
     * A constant: {@link String}, {@link java.math.BigDecimal}, {@link Boolean},
     * {@link java.time.OffsetDateTime}, {@link java.time.LocalDateTime}, {@link java.time.LocalDate},
     * {@link java.util.UUID}, or null.
     */
    record Literal(@Nullable Object value) implements FilterNode {
    }

    /** A field path, linked entities separated by '/': {@code MainContact/Email}. */
    record Property(List<String> path) implements FilterNode {

        public Property {
            path = List.copyOf(path);
        }
    }

    /** A custom field, {@code cf.String(f='ItemSettings.UsrBrand')}. */
    record CustomField(String type, String view, String field) implements FilterNode {
    }

    /** A function call: {@code substringof}, {@code startswith}, {@code endswith}, {@code tolower} ... */
    record Call(String function, List<FilterNode> arguments) implements FilterNode {

        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** Comparison operators. */
    enum Operator {
        EQ, NE, GT, GE, LT, LE
    }
}
