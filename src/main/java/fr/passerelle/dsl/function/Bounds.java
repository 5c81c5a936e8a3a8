package fr.passerelle.dsl.function;

import fr.passerelle.plan.BudgetExceededException;
import fr.passerelle.plan.EvaluationContext;
import fr.passerelle.plan.EvaluationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The per-record budget, held inside a function call (issue 10, point 2): a number is bounded
 * before any arithmetic, the size of a text or list before it is built, and long loops look at
 * the clock every {@link #CHECK_EVERY} iterations. A value that would break a bound fails the
 * record with a message; it is never built first and measured afterwards.
 *
 * <p>Why these bounds: money, quantities and rates need a few dozen digits; a thousand digits or
 * decimals is far beyond any real value, yet small enough that every operation on two bounded
 * numbers takes microseconds. An unbounded exponent ({@code 1e300000000}) costs nothing to hold
 * but hundreds of megabytes to print or rescale: it is refused on sight.
 */
public final class Bounds {

    /** Largest scale (decimals) of a number, and largest negative scale (exponent) in absolute value. */
    public static final int MAX_SCALE = 1000;
    /** Most significant digits of a number. */
    public static final int MAX_PRECISION = 1000;
    /** Most decimals {@code fmt} and {@code round} write. */
    public static final int MAX_DECIMALS = 20;
    /** Loops look at the record's clock every this many iterations (a power of two, minus one: a mask). */
    static final int CHECK_EVERY = 4096;
    private static final int CHECK_MASK = CHECK_EVERY - 1;
    private static final MathContext SHORT = new MathContext(10, RoundingMode.HALF_UP);

    private Bounds() {
    }

    /** The number itself when it is within bounds; fails the record otherwise (never prints it whole). */
    public static BigDecimal number(BigDecimal value, String where) {
        int scale = value.scale();
        if (scale > MAX_SCALE || scale < -MAX_SCALE || value.precision() > MAX_PRECISION) {
            throw new EvaluationException(where + ": " + summary(value) + " is out of range: numbers have at most "
                    + MAX_PRECISION + " digits and an exponent between -" + MAX_SCALE + " and " + MAX_SCALE);
        }
        return value;
    }

    /** Whether a number is within bounds (for readers that report the problem themselves). */
    public static boolean inRange(BigDecimal value) {
        int scale = value.scale();
        return scale <= MAX_SCALE && scale >= -MAX_SCALE && value.precision() <= MAX_PRECISION;
    }

    /** A short form of any number, whatever its size: {@code 1E+300000000}, or its first digits. */
    static String summary(BigDecimal value) {
        BigDecimal shown = value.precision() <= 12 ? value : value.round(SHORT);
        String text = shown.toString();
        return value.precision() <= 12 ? text : text + " (" + value.precision() + " digits)";
    }

    /** Fails the record before a text of this many characters is built. */
    public static int text(long length) {
        if (length > EvaluationContext.MAX_TEXT_LENGTH) {
            throw new BudgetExceededException("a text longer than " + EvaluationContext.MAX_TEXT_LENGTH
                    + " characters was built");
        }
        return (int) length;
    }

    /** Fails the record before a list of this many items is built. */
    public static int list(long size) {
        if (size > EvaluationContext.MAX_LIST_SIZE) {
            throw new BudgetExceededException("a list longer than " + EvaluationContext.MAX_LIST_SIZE
                    + " items was built");
        }
        return (int) size;
    }

    /** Called once per iteration of a long loop: every {@link #CHECK_EVERY} iterations, the record's time budget. */
    static void tick(EvaluationContext context, int iteration) {
        if ((iteration & CHECK_MASK) == CHECK_MASK) {
            context.checkBudget();
        }
    }
}
