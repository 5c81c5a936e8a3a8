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

    /** The value as text: numbers in plain notation (never {@code 1E+1}), null stays null. */
    public static @Nullable String text(@Nullable Object value) {
        // instanceof chains: called at every function boundary, cheaper than a type switch here
        if (value instanceof String s) {
            return s;
        }
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).toPlainString();
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

    /** The value as an exact decimal; numeric texts ("12,5" too) are parsed, anything else is an error. */
    public static @Nullable BigDecimal decimal(@Nullable Object value, String where) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value == null) {
            return null;
        }
        return switch (value) {
            case Integer i -> BigDecimal.valueOf(i.longValue());
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s.longValue());
            case Byte b -> BigDecimal.valueOf(b.longValue());
            case BigInteger b -> new BigDecimal(b);
            case Double d -> BigDecimal.valueOf(d);
            case Float f -> new BigDecimal(f.toString());
            case String s -> parse(s, where);
            default -> throw new EvaluationException(where + ": " + describe(value) + " is not a number");
        };
    }

    /** Parses a number written by a person: spaces ignored, a decimal comma accepted; blank is null. */
    static @Nullable BigDecimal parse(String s, String where) {
        String compact = s.strip().replace(" ", "").replace("\u00a0", "").replace(',', '.');
        if (compact.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(compact);
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
