package fr.passerelle.sandbox.erp.odata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a parsed filter against one record. Field values come from a {@link Resolver}, so
 * the evaluator knows nothing of the record's JSON shape. Strings compare case-insensitively,
 * like Acumatica's SQL Server collation; date-times compare as instants (local ones as UTC).
 */
public final class FilterEvaluator {

    /** Gives the value of a field or custom field of the record under test. */
    public interface Resolver {

        @Nullable Object property(java.util.List<String> path);

        @Nullable Object custom(String view, String field);
    }

    private FilterEvaluator() {
    }

    public static boolean matches(FilterNode node, Resolver record) {
        return Boolean.TRUE.equals(value(node, record));
    }

    private static @Nullable Object value(FilterNode node, Resolver record) {
        return switch (node) {
            case FilterNode.Or or -> matches(or.left(), record) || matches(or.right(), record);
            case FilterNode.And and -> matches(and.left(), record) && matches(and.right(), record);
            case FilterNode.Not not -> !matches(not.operand(), record);
            case FilterNode.Literal literal -> literal.value();
            case FilterNode.Property property -> record.property(property.path());
            case FilterNode.CustomField custom -> record.custom(custom.view(), custom.field());
            case FilterNode.Compare compare -> compare(compare, record);
            case FilterNode.Call call -> call(call, record);
        };
    }

    private static boolean compare(FilterNode.Compare compare, Resolver record) {
        Object left = value(compare.left(), record);
        Object right = value(compare.right(), record);
        if (left == null || right == null) {
            boolean bothNull = left == null && right == null;
            return switch (compare.operator()) {
                case EQ -> bothNull;
                case NE -> !bothNull;
                default -> false;
            };
        }
        Integer order = order(left, right);
        if (order == null) {
            return compare.operator() == FilterNode.Operator.NE;
        }
        return switch (compare.operator()) {
            case EQ -> order == 0;
            case NE -> order != 0;
            case GT -> order > 0;
            case GE -> order >= 0;
            case LT -> order < 0;
            case LE -> order <= 0;
        };
    }

    /** Orders two values after bringing them to a common type; null when they cannot be compared. */
    private static @Nullable Integer order(Object left, Object right) {
        if (isTemporal(left) || isTemporal(right)) {
            OffsetDateTime l = instant(left);
            OffsetDateTime r = instant(right);
            return l == null || r == null ? null : l.toInstant().compareTo(r.toInstant());
        }
        if (left instanceof Number || right instanceof Number) {
            BigDecimal l = decimal(left);
            BigDecimal r = decimal(right);
            return l == null || r == null ? null : l.compareTo(r);
        }
        if (left instanceof Boolean || right instanceof Boolean) {
            return Objects.equals(String.valueOf(left).toLowerCase(Locale.ROOT),
                    String.valueOf(right).toLowerCase(Locale.ROOT)) ? 0 : null;
        }
        return String.valueOf(left).compareToIgnoreCase(String.valueOf(right));
    }

    private static boolean isTemporal(Object value) {
        return value instanceof OffsetDateTime || value instanceof LocalDateTime || value instanceof LocalDate;
    }

    private static @Nullable OffsetDateTime instant(Object value) {
        return switch (value) {
            case OffsetDateTime odt -> odt;
            case LocalDateTime ldt -> ldt.atOffset(ZoneOffset.UTC);
            case LocalDate date -> date.atStartOfDay().atOffset(ZoneOffset.UTC);
            case String text -> parseInstant(text);
            default -> null;
        };
    }

    private static @Nullable OffsetDateTime parseInstant(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC)
                        : LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static @Nullable BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        try {
            return new BigDecimal(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean call(FilterNode.Call call, Resolver record) {
        Object first = value(call.arguments().get(0), record);
        Object second = value(call.arguments().get(1), record);
        if (first == null || second == null) {
            return false;
        }
        String a = String.valueOf(first).toLowerCase(Locale.ROOT);
        String b = String.valueOf(second).toLowerCase(Locale.ROOT);
        return switch (call.function()) {
            // OData v3 order: substringof(needle, haystack)
            case "substringof" -> b.contains(a);
            case "startswith" -> a.startsWith(b);
            case "endswith" -> a.endsWith(b);
            default -> throw new IllegalStateException("parser let through " + call.function());
        };
    }
}
