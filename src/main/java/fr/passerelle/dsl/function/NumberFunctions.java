package fr.passerelle.dsl.function;

import fr.passerelle.plan.EvaluationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** Decimal functions: exact {@link BigDecimal} arithmetic, HALF_UP rounding, null in, null out. */
final class NumberFunctions {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NumberFunctions() {
    }

    /** x rounded to n decimals (0 when n is absent), HALF_UP: round(2.675, 2) is 2.68. */
    static @Nullable Object round(@Nullable Object x, @Nullable Object n) {
        BigDecimal value = Values.decimal(x, "round");
        if (value == null) {
            return null;
        }
        return value.setScale(n == null ? 0 : decimals(n, "round"), RoundingMode.HALF_UP);
    }

    /** x as text with exactly n decimals, HALF_UP: fmt(2.675, 2) is "2.68", fmt(3, 2) is "3.00". */
    static @Nullable Object fmt(@Nullable Object x, @Nullable Object n) {
        BigDecimal value = Values.decimal(x, "fmt");
        if (value == null) {
            return null;
        }
        return value.setScale(decimals(n, "fmt"), RoundingMode.HALF_UP).toPlainString();
    }

    private static int decimals(@Nullable Object n, String where) {
        int places = Values.integer(n, where);
        if (places < 0 || places > Bounds.MAX_DECIMALS) {
            throw new EvaluationException(where + ": the number of decimals must be between 0 and "
                    + Bounds.MAX_DECIMALS + ", got " + places);
        }
        return places;
    }

    /** A number from a text ("12,50", " 3 ") or a number; blank is null; other text is an error. */
    static @Nullable Object toNumber(@Nullable Object s) {
        return Values.decimal(s, "toNumber");
    }

    /** Price including tax from a price excluding tax and a rate in percent: ttc(10, 20) is 12.00 (exact). */
    static @Nullable Object ttc(@Nullable Object exclTax, @Nullable Object ratePercent) {
        BigDecimal price = Values.decimal(exclTax, "ttc");
        BigDecimal rate = Values.decimal(ratePercent, "ttc");
        if (price == null || rate == null) {
            return null;
        }
        // exact: a division by 100 always ends
        return Bounds.number(price.multiply(HUNDRED.add(rate)).divide(HUNDRED), "ttc");
    }

    /** Price excluding tax from a price including tax and a rate in percent: ht(12, 20) is 10. */
    static @Nullable Object ht(@Nullable Object inclTax, @Nullable Object ratePercent) {
        BigDecimal price = Values.decimal(inclTax, "ht");
        BigDecimal rate = Values.decimal(ratePercent, "ht");
        if (price == null || rate == null) {
            return null;
        }
        BigDecimal divisor = HUNDRED.add(rate);
        if (divisor.signum() == 0) {
            throw new EvaluationException("ht: division by zero (a rate of -100%)");
        }
        return Bounds.number(price.multiply(HUNDRED).divide(divisor, MathContext.DECIMAL128), "ht");
    }

    /** a / b, exact to 34 digits; null when either is null; dividing by zero is a record error. */
    static @Nullable Object div(@Nullable Object a, @Nullable Object b) {
        BigDecimal x = Values.decimal(a, "div");
        BigDecimal y = Values.decimal(b, "div");
        if (x == null || y == null) {
            return null;
        }
        if (y.signum() == 0) {
            throw new EvaluationException("div: division by zero");
        }
        return Bounds.number(x.divide(y, MathContext.DECIMAL128), "div");
    }

    static @Nullable Object min(@Nullable Object[] values) {
        return extreme(values, -1, "min");
    }

    static @Nullable Object max(@Nullable Object[] values) {
        return extreme(values, 1, "max");
    }

    private static @Nullable Object extreme(@Nullable Object[] values, int sign, String where) {
        BigDecimal best = null;
        for (Object value : values) {
            BigDecimal d = Values.decimal(value, where);
            if (d != null && (best == null || d.compareTo(best) * sign > 0)) {
                best = d;
            }
        }
        return best;
    }

    static @Nullable Object abs(@Nullable Object x) {
        BigDecimal value = Values.decimal(x, "abs");
        return value == null ? null : value.abs();
    }
}
