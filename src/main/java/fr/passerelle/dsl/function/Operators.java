package fr.passerelle.dsl.function;

import fr.passerelle.plan.EvaluationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The operators of the expression language, null-safe: arithmetic with a null operand is null
 * (so {@code Weight / 1000} leaves the field out when Weight is missing), comparisons with null
 * are false, {@code +} with a text concatenates (null counting as empty text). Operands and
 * results are held within {@link Bounds} (digits, exponent) and a concatenation's length is
 * checked before it is built.
 */
public final class Operators {

    private Operators() {
    }

    public static @Nullable Object add(@Nullable Object a, @Nullable Object b) {
        if (a instanceof String || b instanceof String) {
            String left = Values.text(a);
            String right = Values.text(b);
            left = left == null ? "" : left;
            right = right == null ? "" : right;
            Bounds.text((long) left.length() + right.length());
            return left.concat(right);
        }
        if (a == null || b == null) {
            return null;
        }
        return result(number(a, "+").add(number(b, "+")), "+");
    }

    public static @Nullable Object subtract(@Nullable Object a, @Nullable Object b) {
        return a == null || b == null ? null : result(number(a, "-").subtract(number(b, "-")), "-");
    }

    public static @Nullable Object multiply(@Nullable Object a, @Nullable Object b) {
        return a == null || b == null ? null : result(number(a, "*").multiply(number(b, "*")), "*");
    }

    public static @Nullable Object divide(@Nullable Object a, @Nullable Object b) {
        if (a == null || b == null) {
            return null;
        }
        BigDecimal divisor = number(b, "/");
        if (divisor.signum() == 0) {
            throw new EvaluationException("division by zero");
        }
        return result(number(a, "/").divide(divisor, MathContext.DECIMAL128), "/");
    }

    /**
     * a / b for a divisor known (at compile time) to give a terminating decimal (10, 1000, 4 ...):
     * BigDecimal's exact division, much cheaper than a 34-digit one, same value.
     */
    public static @Nullable Object divideTerminating(@Nullable Object a, BigDecimal divisor) {
        if (a == null) {
            return null;
        }
        return result(number(a, "/").divide(divisor), "/");
    }

    /** Whether every division by this number ends (its digits have no prime factor but 2 and 5). */
    public static boolean dividesTerminating(BigDecimal divisor) {
        if (divisor.signum() == 0) {
            return false;
        }
        java.math.BigInteger rest = divisor.stripTrailingZeros().unscaledValue().abs();
        java.math.BigInteger two = java.math.BigInteger.TWO;
        java.math.BigInteger five = java.math.BigInteger.valueOf(5);
        while (rest.mod(two).signum() == 0) {
            rest = rest.divide(two);
        }
        while (rest.mod(five).signum() == 0) {
            rest = rest.divide(five);
        }
        return rest.equals(java.math.BigInteger.ONE);
    }

    public static @Nullable Object remainder(@Nullable Object a, @Nullable Object b) {
        if (a == null || b == null) {
            return null;
        }
        BigDecimal divisor = number(b, "%");
        if (divisor.signum() == 0) {
            throw new EvaluationException("division by zero");
        }
        return result(number(a, "%").remainder(divisor), "%");
    }

    public static @Nullable Object negate(@Nullable Object a) {
        return a == null ? null : number(a, "-").negate();
    }

    /** Equality: numbers by value (20 == 20.00), everything else by equals. */
    public static boolean same(@Nullable Object a, @Nullable Object b) {
        if (a instanceof Number && b instanceof Number) {
            return number(a, "==").compareTo(number(b, "==")) == 0;
        }
        return Objects.equals(a, b);
    }

    /** Ordering for {@code < <= > >=}: numbers by value, texts alphabetically; null compares false (returns null). */
    public static @Nullable Integer compare(@Nullable Object a, @Nullable Object b, String operator) {
        if (a == null || b == null) {
            return null;
        }
        if (a instanceof Number || b instanceof Number) {
            return number(a, operator).compareTo(number(b, operator));
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Comparable<?> && a.getClass() == b.getClass()) {
            @SuppressWarnings("unchecked")
            Comparable<Object> comparable = (Comparable<Object>) a;
            return comparable.compareTo(b);
        }
        throw new EvaluationException("cannot compare " + Values.describe(a) + " with " + Values.describe(b));
    }

    /** The truth of a condition: true is true, null is false, anything else is a mistake worth reporting. */
    public static boolean truth(@Nullable Object value, String where) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value == null) {
            return false;
        }
        throw new EvaluationException(where + ": expected true or false, got " + Values.describe(value));
    }

    /** A result out of bounds (two bounded operands can still make 2,000 digits) fails the record. */
    private static BigDecimal result(BigDecimal value, String operator) {
        return Bounds.number(value, "'" + operator + "'");
    }

    private static BigDecimal number(Object value, String operator) {
        if (value instanceof String) {
            throw new EvaluationException("'" + operator + "' needs numbers, got " + Values.describe(value)
                    + " (use toNumber() to read a number from text)");
        }
        BigDecimal d = Values.decimal(value, "'" + operator + "'");
        if (d == null) {
            throw new EvaluationException("'" + operator + "' needs numbers");
        }
        return d;
    }
}
