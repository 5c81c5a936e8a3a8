package fr.passerelle.dsl.expression;

import fr.passerelle.dsl.function.Operators;
import fr.passerelle.dsl.function.Values;
import fr.passerelle.plan.EvaluationContext;
import fr.passerelle.plan.EvaluationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The methods an expression may call on a value ({@code x.trim()}): an explicit table of plain
 * Java code, one entry per name, dispatching on the kind of value (text, number, date, list,
 * object). There is no reflection: a name missing from this table cannot be called, whatever the
 * value is, and every answer is a plain value (texts, {@code BigDecimal} numbers, booleans,
 * dates, lists, maps).
 */
final class Methods {

    /** One method: how many arguments it takes and what it does. */
    record Method(String name, int minArgs, int maxArgs, Implementation implementation) {
    }

    @FunctionalInterface
    interface Implementation {
        @Nullable Object apply(Object receiver, @Nullable Object[] args, String name);
    }

    private static final Map<String, Method> TABLE = build();

    private Methods() {
    }

    static @Nullable Method find(String name) {
        return TABLE.get(name);
    }

    static List<String> names() {
        return List.copyOf(TABLE.keySet());
    }

    /** Calls a method on a value: null receivers give null (like every function: null in, null out). */
    static @Nullable Object call(Method method, @Nullable Object receiver, @Nullable Object[] args) {
        if (receiver == null) {
            return null;
        }
        Object result = method.implementation().apply(receiver, args, method.name());
        return EvaluationContext.checkSize(result);
    }

    private static Map<String, Method> build() {
        Map<String, Method> m = new TreeMap<>();
        // texts
        put(m, "length", 0, 0, (r, a, n) -> number(text(r, n).length()));
        put(m, "isBlank", 0, 0, (r, a, n) -> text(r, n).isBlank());
        put(m, "trim", 0, 0, (r, a, n) -> text(r, n).trim());
        put(m, "strip", 0, 0, (r, a, n) -> text(r, n).strip());
        put(m, "toUpperCase", 0, 0, (r, a, n) -> text(r, n).toUpperCase(java.util.Locale.ROOT));
        put(m, "toLowerCase", 0, 0, (r, a, n) -> text(r, n).toLowerCase(java.util.Locale.ROOT));
        put(m, "startsWith", 1, 1, (r, a, n) -> a[0] != null && text(r, n).startsWith(argText(a[0])));
        put(m, "endsWith", 1, 1, (r, a, n) -> a[0] != null && text(r, n).endsWith(argText(a[0])));
        put(m, "indexOf", 1, 1, (r, a, n) -> a[0] == null ? null : index(r, a[0], n, false));
        put(m, "lastIndexOf", 1, 1, (r, a, n) -> a[0] == null ? null : index(r, a[0], n, true));
        put(m, "substring", 1, 2, (r, a, n) -> substring(text(r, n), a));
        put(m, "charAt", 1, 1, (r, a, n) -> charAt(text(r, n), a[0]));
        put(m, "equalsIgnoreCase", 1, 1, (r, a, n) -> a[0] != null && text(r, n).equalsIgnoreCase(argText(a[0])));
        // several kinds
        put(m, "isEmpty", 0, 0, (r, a, n) -> switch (r) {
            case String s -> s.isEmpty();
            case List<?> l -> l.isEmpty();
            case Map<?, ?> o -> o.isEmpty();
            default -> throw notFor(n, r);
        });
        put(m, "size", 0, 0, (r, a, n) -> switch (r) {
            case List<?> l -> number(l.size());
            case Map<?, ?> o -> number(o.size());
            default -> throw notFor(n, r);
        });
        put(m, "contains", 1, 1, (r, a, n) -> switch (r) {
            case String s -> a[0] != null && s.contains(argText(a[0]));
            case List<?> l -> l.stream().anyMatch(item -> Operators.same(item, a[0]));
            default -> throw notFor(n, r);
        });
        put(m, "get", 1, 1, (r, a, n) -> switch (r) {
            case List<?> l -> Nodes.item(l, a[0]);
            case Map<?, ?> o -> a[0] == null ? null : o.get(argText(a[0]));
            default -> throw notFor(n, r);
        });
        put(m, "containsKey", 1, 1, (r, a, n) -> a[0] != null && map(r, n).containsKey(argText(a[0])));
        put(m, "containsValue", 1, 1, (r, a, n) -> map(r, n).values().stream()
                .anyMatch(v -> Operators.same(v, a[0])));
        put(m, "equals", 1, 1, (r, a, n) -> Operators.same(r, a[0]));
        put(m, "compareTo", 1, 1, (r, a, n) -> {
            Integer order = Operators.compare(r, a[0], "compareTo");
            return order == null ? null : number(Integer.signum(order));
        });
        put(m, "toString", 0, 0, (r, a, n) -> Values.text(r));
        // numbers
        put(m, "signum", 0, 0, (r, a, n) -> number(decimal(r, n).signum()));
        put(m, "scale", 0, 0, (r, a, n) -> number(decimal(r, n).scale()));
        put(m, "abs", 0, 0, (r, a, n) -> decimal(r, n).abs());
        put(m, "negate", 0, 0, (r, a, n) -> decimal(r, n).negate());
        put(m, "intValue", 0, 0, (r, a, n) -> whole(decimal(r, n), n));
        put(m, "longValue", 0, 0, (r, a, n) -> whole(decimal(r, n), n));
        put(m, "toPlainString", 0, 0, (r, a, n) -> decimal(r, n).toPlainString());
        put(m, "stripTrailingZeros", 0, 0, (r, a, n) -> decimal(r, n).stripTrailingZeros());
        // dates
        put(m, "getYear", 0, 0, (r, a, n) -> number(localDate(r, n).getYear()));
        put(m, "getMonthValue", 0, 0, (r, a, n) -> number(localDate(r, n).getMonthValue()));
        put(m, "getDayOfMonth", 0, 0, (r, a, n) -> number(localDate(r, n).getDayOfMonth()));
        put(m, "getDayOfWeek", 0, 0, (r, a, n) -> number(localDate(r, n).getDayOfWeek().getValue()));
        put(m, "plusDays", 1, 1, (r, a, n) -> plus(r, a[0], ChronoUnit.DAYS, 1, n));
        put(m, "minusDays", 1, 1, (r, a, n) -> plus(r, a[0], ChronoUnit.DAYS, -1, n));
        put(m, "plusMonths", 1, 1, (r, a, n) -> plus(r, a[0], ChronoUnit.MONTHS, 1, n));
        put(m, "minusMonths", 1, 1, (r, a, n) -> plus(r, a[0], ChronoUnit.MONTHS, -1, n));
        put(m, "toLocalDate", 0, 0, (r, a, n) -> localDate(r, n));
        put(m, "isBefore", 1, 1, (r, a, n) -> a[0] != null && chronological(r, a[0], n) < 0);
        put(m, "isAfter", 1, 1, (r, a, n) -> a[0] != null && chronological(r, a[0], n) > 0);
        return Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, Method> table, String name, int min, int max, Implementation implementation) {
        table.put(name, new Method(name, min, max, implementation));
    }

    private static BigDecimal number(long value) {
        return BigDecimal.valueOf(value);
    }

    private static EvaluationException notFor(String method, Object receiver) {
        return new EvaluationException("method '" + method + "' does not apply to " + Values.describe(receiver));
    }

    private static String text(Object receiver, String method) {
        if (receiver instanceof String s) {
            return s;
        }
        throw notFor(method, receiver);
    }

    private static String argText(Object argument) {
        return Objects.requireNonNull(Values.text(argument));
    }

    private static Map<?, ?> map(Object receiver, String method) {
        if (receiver instanceof Map<?, ?> map) {
            return map;
        }
        throw notFor(method, receiver);
    }

    private static BigDecimal decimal(Object receiver, String method) {
        if (receiver instanceof Number) {
            return Objects.requireNonNull(Values.decimal(receiver, method));
        }
        throw notFor(method, receiver);
    }

    private static BigDecimal whole(BigDecimal value, String method) {
        try {
            return new BigDecimal(value.setScale(0, java.math.RoundingMode.DOWN).longValueExact());
        } catch (ArithmeticException e) {
            throw new EvaluationException(method + ": " + value.toPlainString() + " is too large for a whole number");
        }
    }

    private static BigDecimal index(Object receiver, Object part, String method, boolean last) {
        String s = text(receiver, method);
        String p = argText(part);
        return number(last ? s.lastIndexOf(p) : s.indexOf(p));
    }

    private static String substring(String s, @Nullable Object[] args) {
        int start = clamp(Values.integer(args[0], "substring"), s.length());
        int end = args.length > 1 && args[1] != null ? clamp(Values.integer(args[1], "substring"), s.length()) : s.length();
        return start >= end ? "" : s.substring(start, end);
    }

    private static int clamp(int value, int length) {
        return Math.max(0, Math.min(value, length));
    }

    private static @Nullable String charAt(String s, @Nullable Object position) {
        if (position == null) {
            return null;
        }
        int at = Values.integer(position, "charAt");
        return at < 0 || at >= s.length() ? null : String.valueOf(s.charAt(at));
    }

    private static LocalDate localDate(Object receiver, String method) {
        return switch (receiver) {
            case LocalDate d -> d;
            case LocalDateTime d -> d.toLocalDate();
            case OffsetDateTime d -> d.toLocalDate();
            case ZonedDateTime d -> d.toLocalDate();
            default -> throw notFor(method, receiver);
        };
    }

    private static @Nullable Object plus(Object receiver, @Nullable Object amount, ChronoUnit unit, int sign, String method) {
        if (amount == null) {
            return null;
        }
        long count = (long) sign * Values.integer(amount, method);
        if (Math.abs(count) > 1_000_000) {
            throw new EvaluationException(method + ": " + count + " is too far");
        }
        if (receiver instanceof LocalDate || receiver instanceof LocalDateTime || receiver instanceof OffsetDateTime
                || receiver instanceof ZonedDateTime) {
            return ((Temporal) receiver).plus(count, unit);
        }
        throw notFor(method, receiver);
    }

    private static int chronological(Object receiver, Object other, String method) {
        Integer order = Operators.compare(localDateTimeOf(receiver, method),
                localDateTimeOf(other, method), method);
        if (order == null) {
            throw notFor(method, other);
        }
        return order;
    }

    private static Object localDateTimeOf(Object value, String method) {
        return switch (value) {
            case LocalDate d -> d.atStartOfDay().atOffset(java.time.ZoneOffset.UTC).toInstant();
            case LocalDateTime d -> d.atOffset(java.time.ZoneOffset.UTC).toInstant();
            case OffsetDateTime d -> d.toInstant();
            case ZonedDateTime d -> d.toInstant();
            default -> throw notFor(method, value);
        };
    }
}
