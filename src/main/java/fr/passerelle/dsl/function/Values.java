package fr.passerelle.dsl.function;

import fr.passerelle.plan.EvaluationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Conversions every function and operator shares, so that they all agree on what a value means. */
public final class Values {

    private Values() {
    }

    /**
     * The value as text: numbers in plain notation (never {@code 1E+1}), null stays null. A number
     * out of {@link Bounds} fails the record: its plain notation could be hundreds of megabytes.
     */
    public static @Nullable String text(@Nullable Object value) {
        // instanceof chains: called at every function boundary, cheaper than a type switch here
        if (value instanceof String s) {
            return s;
        }
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return Bounds.number(d, "number as text").toPlainString();
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : d.toString();
        }
        return value.toString();
    }

    /** True for null, an empty or all-whitespace text, an empty list or map. */
    public static boolean isBlank(@Nullable Object value) {
        return switch (value) {
            case null -> true;
            case String s -> s.isBlank();
            case Collection<?> c -> c.isEmpty();
            case Map<?, ?> m -> m.isEmpty();
            default -> false;
        };
    }

    /**
     * The value as an exact decimal; numeric texts ("12,5" too) are parsed, anything else is an
     * error. Every number it gives is within {@link Bounds} (digits, exponent), checked before
     * any arithmetic: a record holding {@code 1e300000000} fails here, at once.
     */
    public static @Nullable BigDecimal decimal(@Nullable Object value, String where) {
        if (value instanceof BigDecimal d) {
            return Bounds.number(d, where);
        }
        if (value == null) {
            return null;
        }
        return switch (value) {
            case Integer i -> BigDecimal.valueOf(i.longValue());
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s.longValue());
            case Byte b -> BigDecimal.valueOf(b.longValue());
            case BigInteger b -> Bounds.number(new BigDecimal(b), where);
            case Double d -> floating(d, where);
            case Float f -> floating(f.doubleValue(), where);
            case String s -> parse(s, where);
            default -> throw new EvaluationException(where + ": " + describe(value) + " is not a number");
        };
    }

    private static BigDecimal floating(double d, String where) {
        if (!Double.isFinite(d)) {
            throw new EvaluationException(where + ": " + d + " is not a number");
        }
        return BigDecimal.valueOf(d);
    }

    /** Parses a number written by a person: spaces ignored, a decimal comma accepted; blank is null. */
    static @Nullable BigDecimal parse(String s, String where) {
        if (s.length() > 4 * Bounds.MAX_PRECISION) {
            throw new EvaluationException(where + ": '" + abbreviate(s) + "' is out of range: numbers have at most "
                    + Bounds.MAX_PRECISION + " digits");
        }
        String compact = s.strip().replace(" ", "").replace("\u00a0", "").replace(',', '.');
        if (compact.isEmpty()) {
            return null;
        }
        // Digits beyond the bounds are refused before parsing: BigDecimal(String) is quadratic in them.
        if (compact.length() > Bounds.MAX_PRECISION + 20) {
            throw new EvaluationException(where + ": '" + abbreviate(s) + "' is out of range: numbers have at most "
                    + Bounds.MAX_PRECISION + " digits");
        }
        try {
            return Bounds.number(new BigDecimal(compact), where);
        } catch (NumberFormatException e) {
            throw new EvaluationException(where + ": '" + abbreviate(s) + "' is not a number");
        }
    }

    /** An int argument (a count, a number of decimals). */
    public static int integer(@Nullable Object value, String where) {
        BigDecimal d = decimal(value, where);
        if (d == null) {
            throw new EvaluationException(where + ": a whole number is required, got nothing");
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw new EvaluationException(where + ": " + d.toPlainString() + " is not a whole number");
        }
    }

    /** A value for messages: texts quoted and shortened, others as they print. */
    public static String describe(@Nullable Object value) {
        return switch (value) {
            case null -> "nothing (null)";
            case String s -> "'" + abbreviate(s) + "'";
            case Boolean b -> b.toString();
            case Collection<?> c -> "a list of " + c.size();
            case Map<?, ?> m -> "an object";
            case BigDecimal d -> Bounds.inRange(d) ? abbreviate(d.toPlainString()) : Bounds.summary(d);
            default -> abbreviate(text(value));
        };
    }

    static String abbreviate(@Nullable String s) {
        if (s == null) {
            return "null";
        }
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
