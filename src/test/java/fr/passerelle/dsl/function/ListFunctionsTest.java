package fr.passerelle.dsl.function;

import static fr.passerelle.dsl.Mappings.eval;
import static fr.passerelle.dsl.Mappings.failure;
import static fr.passerelle.dsl.Mappings.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The list functions (issue 10, point 5; MAP-2, STK-1, STK-2): exact sums, filters, counts, sorts,
 * duplicates and groups over the lists records carry (warehouse lines, order lines), null-safe,
 * as a consultant calls them in a mapping.
 */
class ListFunctionsTest {

    private static final Map<String, @Nullable Object> NONE = record("x", null);

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    /** An object from alternating names and values (values may be null), as a JSON record holds it. */
    private static Map<String, @Nullable Object> obj(@Nullable Object... namesAndValues) {
        Map<String, @Nullable Object> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return map;
    }

    private static List<@Nullable Object> items(@Nullable Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    private static final List<Object> WAREHOUSES = List.of(
            obj("warehouseId", "MAIN", "qtyAvailable", n("4.50")),
            obj("warehouseId", "PARIS", "qtyAvailable", n("3")),
            obj("warehouseId", "LYON", "qtyAvailable", null),
            obj("warehouseId", "MAIN", "qtyAvailable", n("0.25")));

    @Test
    void sumAddsExactDecimalsSkippingNulls() {
        assertThat(eval("sum(x)", record("x", items(n("0.1"), n("0.2"), null, n("1E+1"))))).isEqualTo(n("10.3"));
        assertThat(eval("sum(x, 'qtyAvailable')", record("x", WAREHOUSES))).isEqualTo(n("7.75"));
        assertThat(eval("sum(x, 'qtyAvailable')", record("x", items(null, obj("other", 1))))).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void sumOfAnEmptyListIsZeroAndOfNothingIsNothing() {
        assertThat(eval("sum(x)", record("x", List.of()))).isEqualTo(BigDecimal.ZERO);
        assertThat(eval("sum(x, 'q')", record("x", List.of()))).isEqualTo(BigDecimal.ZERO);
        assertThat(eval("sum(x)", NONE)).isNull();
        assertThat(eval("sum(x, 'q')", NONE)).isNull();
    }

    @Test
    void sumFailsTheRecordNamingAValueThatIsNotANumber() {
        assertThat(failure("sum(x, 'q')", record("x", items(obj("q", 1), obj("q", "beaucoup")))).error())
                .contains("sum").contains("item 2").contains("'beaucoup'").contains("not a number");
        assertThat(failure("sum(x)", record("x", items(n("1"), true))).error()).contains("item 2").contains("true");
        assertThat(failure("sum(x, 'q')", record("x", items("A1"))).error()).contains("'A1'").contains("not an object");
        assertThat(failure("sum(x)", record("x", "A1")).error()).contains("sum: 'A1' is not a list");
    }

    @Test
    void aStockMappingPicksTheProfilesWarehouse() {
        var plan = fr.passerelle.dsl.Mappings.plan(fr.passerelle.dsl.Mappings.document(
                "v: \"sum(filter(warehouses, 'warehouseId', profile.warehouse), 'qtyAvailable')\""));
        var result = plan.apply(record("warehouses", WAREHOUSES), Map.of("warehouse", "MAIN"));
        assertThat(((fr.passerelle.plan.MappingResult.Mapped) result).payload().get("v")).isEqualTo(n("4.75"));
        var several = plan.apply(record("warehouses", WAREHOUSES), Map.of("warehouse", List.of("PARIS", "LYON")));
        assertThat(((fr.passerelle.plan.MappingResult.Mapped) several).payload().get("v")).isEqualTo(n("3"));
    }

    @Test
    void filterKeepsTheObjectsWhoseFieldEqualsTheValueNumbersByValue() {
        List<Object> lines = List.of(obj("rate", n("20.00"), "id", 1), obj("rate", n("5.5"), "id", 2),
                obj("rate", n("20"), "id", 3), obj("id", 4));
        assertThat(eval("pluck(filter(x, 'rate', 20), 'id')", record("x", lines))).isEqualTo(List.of(1, 3));
        assertThat(eval("pluck(filter(x, 'rate', r), 'id')", record("x", lines, "r", List.of(n("5.50"), n("2E+1")))))
                .isEqualTo(List.of(1, 2, 3));
        assertThat(eval("filter(x, 'rate', 7)", record("x", lines))).isEqualTo(List.of());
        assertThat(eval("filter(x, 'code', '20')", record("x", List.of(obj("code", n("20")))))).isEqualTo(List.of());
    }

    @Test
    void filterOfNothingOrByNothingIsNothing() {
        assertThat(eval("filter(x, 'rate', 20)", NONE)).isNull();
        assertThat(eval("filter(x, 'rate', y)", record("x", List.of(obj("rate", 1)), "y", null))).isNull();
        assertThat(eval("filter(x, 'rate', 20)", record("x", List.of()))).isEqualTo(List.of());
        assertThat(eval("filter(x, 'rate', 1)", record("x", items(null, obj("rate", 1))))).isEqualTo(List.of(obj("rate", 1)));
        assertThat(failure("filter(x, 'rate', 1)", record("x", items("A"))).error()).contains("not an object");
    }

    @Test
    void countCountsTheItemsThatAreNotNull() {
        assertThat(eval("count(x)", record("x", items("a", null, obj())))).isEqualTo(n("2"));
        assertThat(eval("count(x)", record("x", List.of()))).isEqualTo(BigDecimal.ZERO);
        assertThat(eval("count(x)", NONE)).isNull();
        assertThat(eval("count(filter(x, 'warehouseId', 'MAIN'))", record("x", WAREHOUSES))).isEqualTo(n("2"));
    }

    @Test
    void sortByOrdersNumbersByValueWithNullsLastAndKeepsTiesInSourceOrder() {
        List<Object> lines = List.of(obj("q", n("10"), "id", "a"), obj("id", "b"), obj("q", n("2.0"), "id", "c"),
                obj("q", n("2"), "id", "d"), obj("q", n("-1"), "id", "e"), obj("q", null, "id", "f"));
        assertThat(eval("pluck(sortBy(x, 'q'), 'id')", record("x", lines))).isEqualTo(List.of("e", "c", "d", "a", "b", "f"));
    }

    @Test
    void sortByOrdersTextsNaturallyAndDatesChronologically() {
        List<Object> names = List.of(obj("n", "b"), obj("n", "B"), obj("n", "a"), obj("n", "ab"));
        assertThat(eval("pluck(sortBy(x, 'n'), 'n')", record("x", names))).isEqualTo(List.of("B", "a", "ab", "b"));
        List<Object> dates = List.of(obj("d", LocalDate.of(2026, 12, 10), "id", 1),
                obj("d", OffsetDateTime.parse("2026-12-09T23:00:00-02:00"), "id", 2),
                obj("d", LocalDate.of(2026, 1, 31), "id", 3));
        assertThat(eval("pluck(sortBy(x, 'd'), 'id')", record("x", dates))).isEqualTo(List.of(3, 1, 2));
    }

    @Test
    void sortByOfNothingIsNothingAndMixedKindsFail() {
        assertThat(eval("sortBy(x, 'q')", NONE)).isNull();
        assertThat(eval("sortBy(x, 'q')", record("x", List.of()))).isEqualTo(List.of());
        assertThat(failure("sortBy(x, 'q')", record("x", List.of(obj("q", 1), obj("q", "2")))).error())
                .contains("numbers and texts");
        assertThat(failure("sortBy(x, 'q')", record("x", List.of(obj("q", List.of()))))).extracting(f -> f.error())
                .asString().contains("can be sorted");
    }

    @Test
    void distinctKeepsFirstSeenItemsNumbersByValue() {
        assertThat(eval("distinct(x)", record("x", items("b", "a", "b", null, "c", "a")))).isEqualTo(List.of("b", "a", "c"));
        assertThat(eval("distinct(x)", record("x", items(n("20.00"), n("5.5"), n("20"), 20, n("5.50")))))
                .isEqualTo(List.of(n("20.00"), n("5.5")));
        assertThat(eval("distinct(x)", record("x", List.of(obj("k", n("1.0")), obj("k", n("1"))))))
                .isEqualTo(List.of(obj("k", n("1.0"))));
        assertThat(eval("distinct(x)", record("x", List.of()))).isEqualTo(List.of());
        assertThat(eval("distinct(x)", NONE)).isNull();
    }

    @Test
    void groupByListsKeysInFirstSeenOrderWithTheirItemsInSourceOrder() {
        Object groups = eval("groupBy(x, 'warehouseId')", record("x", WAREHOUSES));
        assertThat(groups).isEqualTo(List.of(
                Map.of("key", "MAIN", "items", List.of(WAREHOUSES.get(0), WAREHOUSES.get(3))),
                Map.of("key", "PARIS", "items", List.of(WAREHOUSES.get(1))),
                Map.of("key", "LYON", "items", List.of(WAREHOUSES.get(2)))));
    }

    @Test
    void groupByGroupsNumbersByValueAndItemsWithoutTheFieldUnderANullKey() {
        List<Object> lines = List.of(obj("rate", n("20.00"), "id", 1), obj("id", 2), obj("rate", n("20"), "id", 3));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groups = (List<Map<String, Object>>) eval("groupBy(x, 'rate')", record("x", lines));
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).get("key")).isEqualTo(n("20.00"));
        assertThat(groups.get(0).get("items")).isEqualTo(List.of(lines.get(0), lines.get(2)));
        assertThat(groups.get(1)).containsEntry("key", null).containsEntry("items", List.of(lines.get(1)));
        assertThat(eval("groupBy(x, 'rate')", record("x", List.of()))).isEqualTo(List.of());
        assertThat(eval("groupBy(x, 'rate')", NONE)).isNull();
    }

    @Test
    void theCatalogueKnowsTheListFunctionsAndTheirArities() {
        assertThat(FunctionCatalog.find("sum")).extracting(f -> f.minArgs() + ".." + f.maxArgs()).isEqualTo("1..2");
        assertThat(FunctionCatalog.find("filter")).extracting(FunctionCatalog.Function::arity).isEqualTo("3 arguments");
        assertThat(FunctionCatalog.find("count")).extracting(FunctionCatalog.Function::arity).isEqualTo("1 argument");
        assertThat(FunctionCatalog.find("sortBy")).extracting(FunctionCatalog.Function::arity).isEqualTo("2 arguments");
        assertThat(FunctionCatalog.find("distinct")).extracting(FunctionCatalog.Function::arity).isEqualTo("1 argument");
        assertThat(FunctionCatalog.find("groupBy")).extracting(FunctionCatalog.Function::arity).isEqualTo("2 arguments");
        assertThat(fr.passerelle.dsl.Mappings.compile(fr.passerelle.dsl.Mappings.document("v: filter(x, 'a')"))
                .diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("ARITY"));
    }
}
