package fr.passerelle.dsl.function;

import static fr.passerelle.dsl.Mappings.plan;
import static fr.passerelle.dsl.Mappings.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.plan.EvaluationException;
import fr.passerelle.plan.MappingPlan;
import fr.passerelle.plan.MappingResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The per-record budget holds inside one function call (issue 10, point 2; MAP-7): numbers are
 * bounded before any arithmetic, texts and lists before they are built, and long loops read the
 * clock. Each case fails its record with a message, fast, instead of running for ever or running
 * the JVM out of memory.
 */
class FunctionBudgetsTest {

    private static final String TEXT_BUDGET = "a text longer than 1000000 characters was built";
    private static final String LIST_BUDGET = "a list longer than 100000 items was built";
    private static final String HEADER = "flow: products\nsource: erp.item\ntarget: woocommerce.product\n";

    /**
     * Runs a check (compiling its one-line document included) and asserts it came back quickly:
     * unbounded, these cases run for minutes or exhaust the heap; bounded, they take milliseconds.
     * The margin absorbs a loaded build machine (six builds on two cores, load 20).
     */
    private static <T> T fast(Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        return result;
    }

    /** These cases test the size budgets: the time budget is set out of reach of a loaded machine. */
    private static final Duration UNHURRIED = Duration.ofSeconds(60);

    private static Object eval(String expression, Map<String, ?> record) {
        MappingResult result = oneField(expression).apply(record, Map.of());
        if (result instanceof MappingResult.Mapped mapped) {
            return mapped.payload().get("v");
        }
        throw new AssertionError("expected a payload, got " + result);
    }

    private static MappingResult.Failed failure(String expression, Map<String, ?> record) {
        MappingResult result = oneField(expression).apply(record, Map.of());
        if (result instanceof MappingResult.Failed failed) {
            return failed;
        }
        throw new AssertionError("expected a failure, got " + result);
    }

    private static MappingPlan oneField(String expression) {
        return plan(HEADER + "key: \"'k'\"\nfields:\n  v: '" + expression.replace("'", "''") + "'\n").withBudget(UNHURRIED);
    }

    @Test
    void aHugeExponentReadFromTextFailsBeforeFormatting() {
        MappingResult.Failed failed = fast(() -> failure("fmt(toNumber('1e300000000'), 0)", Map.of()));
        assertThat(failed.error()).isEqualTo("toNumber: 1E+300000000 is out of range: numbers have at most 1000 digits"
                + " and an exponent between -1000 and 1000");
    }

    @Test
    void aRecordPriceOfAHugeExponentFailsItsRecordFast() {
        MappingPlan plan = plan(HEADER + "key: Sku\nfields:\n  regular_price: fmt(Price, 2)\n");
        MappingResult result = fast(() -> plan.apply(Map.of("Sku", "A1", "Price", new BigDecimal("1e300000000")), Map.of()));
        assertThat(result).isEqualTo(new MappingResult.Failed("A1", "regular_price",
                "fmt: 1E+300000000 is out of range: numbers have at most 1000 digits and an exponent between -1000 and 1000"));
        MappingResult next = plan.apply(Map.of("Sku", "A2", "Price", new BigDecimal("12.5")), Map.of());
        assertThat(next).isEqualTo(new MappingResult.Mapped("A2", Map.of("regular_price", "12.50")));
    }

    @Test
    void aScaleOfTenThousandFailsItsRecord() {
        BigDecimal tiny = new BigDecimal("1e-10000");
        assertThat(fast(() -> failure("round(x, 2)", record("x", tiny))).error()).contains("round: 1E-10000 is out of range");
        assertThat(fast(() -> failure("x + 1", record("x", tiny))).error()).contains("'+': 1E-10000 is out of range");
        assertThat(fast(() -> failure("concat('p', x)", record("x", tiny))).error()).contains("out of range");
        assertThat(fast(() -> failure("x > 1", record("x", tiny))).error()).contains("out of range");
        assertThat(fast(() -> failure("x % 7", record("x", tiny))).error()).contains("'%': 1E-10000 is out of range");
        assertThat(fast(() -> failure("x * 0", record("x", tiny))).error()).contains("'*': 1E-10000 is out of range");
        assertThat(fast(() -> failure("sum(l)", record("l", List.of(BigDecimal.ONE, tiny)))).error())
                .contains("sum: item 2: 1E-10000 is out of range");
        assertThat(fast(() -> failure("max(x, 1)", record("x", tiny))).error()).contains("max: 1E-10000 is out of range");
    }

    @Test
    void tooManyDigitsAreRefusedBeforeParsing() {
        String digits = "9".repeat(1001);
        assertThat(fast(() -> failure("toNumber(x)", record("x", digits))).error()).contains("out of range");
        assertThat(fast(() -> failure("toNumber(x)", record("x", "1".repeat(5_000_000)))).error()).contains("out of range");
        assertThat(eval("size(fmt(toNumber(x), 0))", record("x", "9".repeat(1000)))).isEqualTo(BigDecimal.valueOf(1000));
    }

    @Test
    void everyOperatorBoundsItsResult() {
        Map<String, Object> bigAndSmall = record("big", new BigDecimal("1e999"), "small", new BigDecimal("1e-999"));
        assertThat(failure("big * big", bigAndSmall).error()).startsWith("'*': 1E+1998 is out of range");
        assertThat(failure("big + small", bigAndSmall).error()).startsWith("'+': ").contains("out of range");
        assertThat(failure("big - small", bigAndSmall).error()).startsWith("'-': ").contains("out of range");
        assertThat(failure("small / big", bigAndSmall).error()).startsWith("'/': 1E-1998 is out of range");
        assertThat(failure("div(small, big)", bigAndSmall).error()).startsWith("div: 1E-1998 is out of range");
        assertThat(failure("ttc(big, small)", bigAndSmall).error()).contains("out of range");
        assertThat(eval("big * 10 > small", bigAndSmall)).isEqualTo(true);
    }

    @Test
    void theNumberOfDecimalsIsBounded() {
        assertThat(failure("fmt(1, 200)", Map.of()).error()).isEqualTo("fmt: the number of decimals must be between 0 and 20, got 200");
        assertThat(failure("round(1, 2000000000)", Map.of()).error()).contains("between 0 and 20");
    }

    @Test
    void fourNestedReplacementsFailWithTheTextBudgetNotOutOfMemory() {
        MappingPlan plan = plan(HEADER + "key: \"'k'\"\nfields:\n"
                + "  v: replace(replace(replace(replace(x, 'a', x), 'a', x), 'a', x), 'a', x)\n");
        MappingResult result = fast(() -> plan.apply(Map.of("x", "a".repeat(1000)), Map.of()));
        assertThat(result).isEqualTo(new MappingResult.Failed("k", "v", TEXT_BUDGET));
    }

    @Test
    void textsAreMeasuredBeforeTheyAreBuilt() {
        String half = "x".repeat(600_000);
        assertThat(fast(() -> failure("concat(a, a)", record("a", half))).error()).isEqualTo(TEXT_BUDGET);
        assertThat(fast(() -> failure("a + a", record("a", half))).error()).isEqualTo(TEXT_BUDGET);
        assertThat(fast(() -> failure("join(l, '')", record("l", List.of(half, half)))).error()).isEqualTo(TEXT_BUDGET);
        assertThat(fast(() -> failure("path(a, a)", record("a", half))).error()).isEqualTo(TEXT_BUDGET);
        assertThat(fast(() -> failure("slug(a)", record("a", "a b ".repeat(300_000)))).error()).isEqualTo(TEXT_BUDGET);
        assertThat(eval("size(replace(a, 'x', ''))", record("a", half))).isEqualTo(BigDecimal.ZERO);
        String big = "y".repeat(1_200_000);
        assertThat(fast(() -> failure("left(a, 1100000)", record("a", big))).error()).isEqualTo(TEXT_BUDGET);
        assertThat(fast(() -> failure("substring(a, 10)", record("a", big))).error()).isEqualTo(TEXT_BUDGET);
        assertThat(eval("size(right(a, 155))", record("a", big))).isEqualTo(BigDecimal.valueOf(155));
        assertThat(fast(() -> failure("upper(a)", record("a", "ß".repeat(600_000)))).error()).isEqualTo(TEXT_BUDGET);
        assertThat(fast(() -> eval("size(upper(a))", record("a", "ß".repeat(400_000))))).isEqualTo(BigDecimal.valueOf(800_000));
        assertThat(fast(() -> eval("size(lower(a))", record("a", "İ".repeat(400_000))))).isEqualTo(BigDecimal.valueOf(800_000));
    }

    @Test
    void caseMappingByChunksEqualsTheJdksOnLongTexts() {
        String mixed = "Straße ΟΔΟΣ İstanbul Crème brûlée ".repeat(2_000);
        assertThat(eval("upper(a)", record("a", mixed))).isEqualTo(mixed.toUpperCase(java.util.Locale.ROOT));
        assertThat(eval("lower(a)", record("a", mixed))).isEqualTo(mixed.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void listsAreMeasuredBeforeTheyAreBuilt() {
        List<Object> sixty = Collections.nCopies(60_000, "i");
        assertThat(fast(() -> failure("append(l, l)", record("l", sixty))).error()).isEqualTo(LIST_BUDGET);
        assertThat(fast(() -> failure("split(s, ',')", record("s", ",a".repeat(100_001)))).error()).isEqualTo(LIST_BUDGET);
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 100_001; i++) {
            many.add(Map.of("n", BigDecimal.valueOf(i), "Name", "c" + i));
        }
        assertThat(fast(() -> failure("sortBy(l, 'n')", record("l", many))).error()).isEqualTo(LIST_BUDGET);
        assertThat(fast(() -> failure("attributes(l)", record("l", many))).error()).isEqualTo(LIST_BUDGET);
        assertThat(fast(() -> failure("groupBy(l, 'n')", record("l", many))).error()).isEqualTo(LIST_BUDGET);
    }

    @Test
    void htmlWithAMillionAmpersandsIsLinear() {
        Object text = fast(() -> eval("size(htmlToText(h))", record("h", "&".repeat(1_000_000))));
        assertThat(text).isEqualTo(BigDecimal.valueOf(1_000_000));
    }

    @Test
    void searchingALongNeedleInALongTextIsLinear() {
        String text = "a".repeat(1_000_000);
        String needle = "a".repeat(500_000) + "b";
        assertThat(fast(() -> eval("contains(t, n)", record("t", text, "n", needle)))).isEqualTo(false);
        assertThat(fast(() -> eval("size(replace(t, n, 'z'))", record("t", text, "n", needle))))
                .isEqualTo(BigDecimal.valueOf(1_000_000));
        assertThat(fast(() -> eval("size(split(t, n))", record("t", text, "n", needle)))).isEqualTo(BigDecimal.ONE);
    }

    @Test
    void theLinearSearchReplacesLikeTheJdk() {
        String overlapping = "a".repeat(2_000_001);
        assertThat(eval("replace(t, 'aaaa', 'b')", record("t", overlapping))).isEqualTo(overlapping.replace("aaaa", "b"));
        String pairs = "ab".repeat(600_000) + "c";
        assertThat(eval("replace(t, 'abab', 'x')", record("t", pairs))).isEqualTo(pairs.replace("abab", "x"));
        assertThat(eval("contains(t, 'ababc')", record("t", pairs))).isEqualTo(true);
        assertThat(eval("size(split(t, 'abab'))", record("t", pairs))).isEqualTo(BigDecimal.ONE);
    }

    @Test
    void aLongLoopInsideOneCallReadsTheClock() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            items.add(Map.of("n", BigDecimal.valueOf((i * 7919L) % 100_003)));
        }
        // The key is evaluated first and alone: a failure that names "key" came from inside the call.
        MappingPlan plan = plan(HEADER + "key: count(distinct(sortBy(items, 'n')))\nfields:\n  v: \"'x'\"\n")
                .withBudget(Duration.ZERO);
        MappingResult result = fast(() -> plan.apply(Map.of("items", items), Map.of()));
        assertThat(result).isEqualTo(new MappingResult.Failed(null, "key",
                "the record took longer than its time budget of 0 ms"));
        MappingResult inTime = plan.withBudget(Duration.ofSeconds(5)).apply(Map.of("items", items), Map.of());
        assertThat(inTime).isInstanceOf(MappingResult.Mapped.class);
    }

    @Test
    void boundsRefuseOutOfRangeNumbersWithoutPrintingThem() {
        assertThatThrownBy(() -> Values.decimal(new BigDecimal("-12345678901234567890e999999"), "x"))
                .isInstanceOf(EvaluationException.class)
                .hasMessage("x: -1.234567890E+1000018 (20 digits) is out of range: numbers have at most 1000 digits"
                        + " and an exponent between -1000 and 1000");
        assertThat(Values.describe(new BigDecimal("1e300000000"))).isEqualTo("1E+300000000");
        assertThat(Bounds.inRange(new BigDecimal("1e1000"))).isTrue();
        assertThat(Bounds.inRange(new BigDecimal("1e1001"))).isFalse();
    }
}
