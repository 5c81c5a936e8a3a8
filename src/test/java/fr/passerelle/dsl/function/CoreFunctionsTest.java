package fr.passerelle.dsl.function;

import static fr.passerelle.dsl.Mappings.eval;
import static fr.passerelle.dsl.Mappings.failure;
import static fr.passerelle.dsl.Mappings.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every core function, as a consultant calls it in a mapping (MAP-2), null-safe. */
class CoreFunctionsTest {

    private static final Map<String, Object> NONE = record("x", null);

    @Test
    void textFunctionsTrimAndChangeCase() {
        assertThat(eval("trim(x)", record("x", "  Pull  laine \t"))).isEqualTo("Pull  laine");
        assertThat(eval("upper(x)", record("x", "crème"))).isEqualTo("CRÈME");
        assertThat(eval("lower(x)", record("x", "ÉTÉ"))).isEqualTo("été");
        assertThat(eval("trimToNull(x)", record("x", "   "))).isNull();
    }

    @Test
    void textFunctionsReturnNothingForNothing() {
        for (String fn : List.of("trim", "upper", "lower", "slug", "ean13", "toNumber", "htmlToText", "trimToNull")) {
            assertThat(eval(fn + "(x)", NONE)).as(fn).isNull();
        }
        assertThat(eval("round(x, 2)", NONE)).isNull();
        assertThat(eval("fmt(x, 2)", NONE)).isNull();
        assertThat(eval("split(x, ';')", NONE)).isNull();
        assertThat(eval("join(x, ',')", NONE)).isNull();
        assertThat(eval("formatDate(x, 'dd/MM/yyyy')", NONE)).isNull();
    }

    @Test
    void isBlankIsTrueForNothingEmptyAndSpaces() {
        assertThat(eval("isBlank(x)", NONE)).isEqualTo(true);
        assertThat(eval("isBlank(x)", record("x", " \t"))).isEqualTo(true);
        assertThat(eval("isBlank(x)", record("x", "a"))).isEqualTo(false);
    }

    @Test
    void coalesceTakesTheFirstValue() {
        assertThat(eval("coalesce(a, b, 'c')", record("a", null, "b", "B"))).isEqualTo("B");
        assertThat(eval("coalesce(a, b)", record("a", null, "b", null))).isNull();
        assertThat(eval("ifBlank(a, 'x')", record("a", "  "))).isEqualTo("x");
    }

    @ParameterizedTest(name = "round({0}, {1}) = {2}")
    @CsvSource({"2.675, 2, 2.68", "2.665, 2, 2.67", "-2.675, 2, -2.68", "0.5, 0, 1", "1.005, 2, 1.01", "12.3449999, 2, 12.34"})
    void roundIsHalfUpOnExactDecimals(String x, int n, String expected) {
        assertThat(eval("round(x, " + n + ")", record("x", new BigDecimal(x)))).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "fmt({0}, {1}) = \"{2}\"")
    @CsvSource({"2.675, 2, 2.68", "3, 2, 3.00", "0.125, 2, 0.13", "1250, 0, 1250", "12.5, 1, 12.5", "-0.005, 2, -0.01"})
    void fmtWritesExactlyNDecimalsHalfUp(String x, int n, String expected) {
        assertThat(eval("fmt(x, " + n + ")", record("x", new BigDecimal(x)))).isEqualTo(expected);
    }

    @Test
    void fmtAcceptsDoublesAtTheirShortestDecimalAndNumericText() {
        assertThat(eval("fmt(x, 2)", record("x", 2.675d))).isEqualTo("2.68");
        assertThat(eval("fmt(x, 2)", record("x", "12,5"))).isEqualTo("12.50");
    }

    @Test
    void slugFoldsAccentsAndCollapsesSeparators() {
        assertThat(eval("slug(x)", record("x", "Crème brûlée  50%"))).isEqualTo("creme-brulee-50");
        assertThat(eval("slug(x)", record("x", "  --Éléphant rosé!--  "))).isEqualTo("elephant-rose");
        assertThat(eval("slug(x)", record("x", "Œuf cœur"))).isEqualTo("uf-c-ur");
        assertThat(eval("slug(x)", record("x", "%%%"))).isEqualTo("");
    }

    @Test
    void splitTrimsAndDropsBlanks() {
        assertThat(eval("split(x, ';')", record("x", " Soldes ; ;Été 2026;  ;"))).isEqualTo(List.of("Soldes", "Été 2026"));
        assertThat(eval("split(x, ';')", record("x", ""))).isEqualTo(List.of());
    }

    @Test
    void joinAndPathBuildCategoryTexts() {
        assertThat(eval("join(split(x, ';'), ', ')", record("x", "a;b; c"))).isEqualTo("a, b, c");
        assertThat(eval("path(a, b, c)", record("a", " Maison ", "b", "  ", "c", "Assises"))).isEqualTo("Maison > Assises");
        assertThat(eval("path(a, b)", record("a", null, "b", ""))).isNull();
    }

    @ParameterizedTest(name = "ean13({0}) keeps it: {1}")
    @CsvSource({"4006381333931, true", "3760123456789, false", "4006381333932, false", "400638133393, false",
        "40063813339311, false", "400638133393A, false", "'', false"})
    void ean13KeepsOnlyValidCodes(String code, boolean valid) {
        assertThat(eval("ean13(x)", record("x", code))).isEqualTo(valid ? code : null);
    }

    @Test
    void lookupMatchesNumbersWithoutTrailingZerosAndFallsBackToTheDefault() {
        String yaml = """
                flow: products
                source: erp.item
                target: woocommerce.product
                key: "'k'"
                lookups:
                  tax:
                    "20": standard
                    5.50: reduced
                    "*": other
                  strict:
                    A: a
                fields:
                  a: lookup('tax', x)
                  b: lookup('strict', y)
                  c: lookup('strict', z)
                """;
        var plan = fr.passerelle.dsl.Mappings.plan(yaml);
        var mapped = (fr.passerelle.plan.MappingResult.Mapped) plan.apply(record("x", new BigDecimal("20.00"), "y", "A"), Map.of());
        assertThat(mapped.payload()).containsEntry("a", "standard").containsEntry("b", "a").doesNotContainKey("c");
        mapped = (fr.passerelle.plan.MappingResult.Mapped) plan.apply(record("x", 5.5d, "y", "A"), Map.of());
        assertThat(mapped.payload()).containsEntry("a", "reduced");
        mapped = (fr.passerelle.plan.MappingResult.Mapped) plan.apply(record("x", new BigDecimal("7"), "y", "A"), Map.of());
        assertThat(mapped.payload()).containsEntry("a", "other");
        var failed = (fr.passerelle.plan.MappingResult.Failed) plan.apply(record("x", BigDecimal.ONE, "y", "B"), Map.of());
        assertThat(failed.field()).isEqualTo("b");
        assertThat(failed.error()).contains("strict").contains("'B'");
    }

    @Test
    void toNumberReadsFrenchDecimalsAndRefusesWords() {
        assertThat(eval("toNumber(x)", record("x", " 1 234,50 "))).isEqualTo(new BigDecimal("1234.50"));
        assertThat(eval("toNumber(x)", record("x", "  "))).isNull();
        assertThat(failure("toNumber(x)", record("x", "abc")).error()).contains("'abc' is not a number");
    }

    @Test
    void datesAreParsedAndFormatted() {
        assertThat(eval("formatDate(x, 'dd/MM/yyyy')", record("x", "2026-12-10"))).isEqualTo("10/12/2026");
        assertThat(eval("formatDate(x, 'yyyy-MM-dd HH:mm')", record("x", "2026-05-01T08:30:00Z"))).isEqualTo("2026-05-01 08:30");
        assertThat(eval("date(x, 'dd/MM/yyyy')", record("x", "10/12/2026"))).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(eval("formatDate(now(), 'yyyy')")).isEqualTo(String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC).getValue()));
    }

    @Test
    void vatHelpersComputeExactPrices() {
        assertThat(eval("fmt(ttc(x, 20), 2)", record("x", new BigDecimal("12.345")))).isEqualTo("14.81");
        assertThat(eval("fmt(ht(x, 20), 2)", record("x", new BigDecimal("12.00")))).isEqualTo("10.00");
        assertThat(eval("fmt(ttc(x, 5.5), 2)", record("x", new BigDecimal("10")))).isEqualTo("10.55");
    }

    @Test
    void textHelpersCutReplaceAndConcatenate() {
        assertThat(eval("substring(x, 2, 5)", record("x", "ART000123"))).isEqualTo("T00");
        assertThat(eval("left(x, 3)", record("x", "ART000123"))).isEqualTo("ART");
        assertThat(eval("right(x, 3)", record("x", "ART000123"))).isEqualTo("123");
        assertThat(eval("left(x, 50)", record("x", "abc"))).isEqualTo("abc");
        assertThat(eval("replace(x, '.', ',')", record("x", "a.b.c"))).isEqualTo("a,b,c");
        assertThat(eval("concat('WEB-', x, null, '-', 12)", record("x", "A1"))).isEqualTo("WEB-A1-12");
        assertThat(eval("contains(x, 'laine')", record("x", "Pull laine"))).isEqualTo(true);
        assertThat(eval("htmlToText(x)", record("x", "<p>Pull&nbsp;<b>chaud</b> &amp; doux</p>"))).isEqualTo("Pull chaud & doux");
    }

    @Test
    void listAndObjectBuildersDropNothingValues() {
        assertThat(eval("list(a, b, 'c')", record("a", "A", "b", null))).isEqualTo(List.of("A", "c"));
        assertThat(eval("append(list(a), split(b, ';'))", record("a", "A", "b", "x;y"))).isEqualTo(List.of("A", "x", "y"));
        assertThat(eval("map('k', a, 'n', b)", record("a", "A", "b", null))).isEqualTo(Map.of("k", "A"));
        assertThat(eval("list(entry('_t', a), entry('_d', b))", record("a", " T ", "b", " ")))
                .isEqualTo(List.of(Map.of("key", "_t", "value", "T")));
        assertThat(eval("size(x)", record("x", List.of(1, 2)))).isEqualTo(BigDecimal.valueOf(2));
        assertThat(eval("first(pluck(x, 'Name'))", record("x", List.of(Map.of("Name", "Taille")))))
                .isEqualTo("Taille");
    }

    @Test
    void attributesTurnCharacteristicsIntoShopAttributes() {
        Object attributes = eval("attributes(x)", record("x", List.of(Map.of("Name", "Couleur", "Values", List.of("Rouge")))));
        assertThat(attributes).isEqualTo(List.of(Map.of("name", "Couleur", "position", BigDecimal.ZERO, "visible", true,
                "variation", false, "options", List.of("Rouge"))));
    }

    @Test
    void operatorsAreNullSafeAndExact() {
        assertThat(eval("x / 1000", NONE)).isNull();
        assertThat(eval("x * (100 + y) / 100", record("x", new BigDecimal("12.345"), "y", 20))).isEqualTo(new BigDecimal("14.814"));
        assertThat(eval("a + '/' + b", record("a", "FAM", "b", null))).isEqualTo("FAM/");
        assertThat(eval("x > 0 ? 'in' : 'out'", NONE)).isEqualTo("out");
        assertThat(eval("x == 20", record("x", new BigDecimal("20.00")))).isEqualTo(true);
        assertThat(failure("x / y", record("x", 1, "y", 0)).error()).contains("division by zero");
    }
}
