package fr.passerelle.dsl.expression;

import static fr.passerelle.dsl.Mappings.eval;
import static fr.passerelle.dsl.Mappings.failure;
import static fr.passerelle.dsl.Mappings.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Methods of the dispatch table, indexing and inline lists: the same evaluator, functions and values (MAP-2). */
class MethodsAndIndexingTest {

    @Test
    void allowlistedMethodsOnValuesWork() {
        assertThat(eval("x.length() > 3 ? 'long' : 'short'", record("x", "Pull"))).isEqualTo("long");
        assertThat(eval("x.startsWith('ART')", record("x", "ART01"))).isEqualTo(true);
        assertThat(eval("upper(x.substring(0, 3))", record("x", "art01"))).isEqualTo("ART");
    }

    @Test
    void indexingListsAndReadingNestedFieldsWork() {
        var record = record("c", List.of(Map.of("Name", "Couleur")));
        assertThat(eval("c[0].Name", record)).isEqualTo("Couleur");
        assertThat(eval("['a', x]", record("x", "b"))).isEqualTo(List.of("a", "b"));
        assertThat(eval("x.size()", record("x", List.of(1, 2)))).isEqualTo(BigDecimal.valueOf(2));
    }

    @Test
    void functionsMixWithMethods() {
        assertThat(eval("fmt(x.length() * 1.5, 2)", record("x", "abcd"))).isEqualTo("6.00");
    }

    @Test
    void everyKindOfCatalogueCallMixesWithMethods() {
        var record = record("x", " Pull ", "t", List.of("a", "b"));
        assertThat(eval("contains(x.trim(), 'Pu')", record)).isEqualTo(true);
        assertThat(eval("coalesce(null, x.trim(), 'z')", record)).isEqualTo("Pull");
        assertThat(eval("path(t[0], t[1], x.trim())", record)).isEqualTo("a > b > Pull");
        assertThat(eval("size(t) + t[0].length()", record)).isEqualTo(BigDecimal.valueOf(3));
    }

    @Test
    void lookupsTakeMethodResults() {
        var plan = fr.passerelle.dsl.Mappings.plan("""
                flow: f
                source: s
                target: t
                key: "'k'"
                lookups:
                  unit:
                    KG: kilogram
                fields:
                  v: lookup('unit', x.trim().toUpperCase())
                """);
        var mapped = (fr.passerelle.plan.MappingResult.Mapped) plan.apply(record("x", " kg "), Map.of());
        assertThat(mapped.payload()).containsEntry("v", "kilogram");
    }

    @Test
    void aFailingMethodFailsTheRecordWithAReadableMessage() {
        var failed = failure("x.intValue()", record("x", "ab"));
        assertThat(failed.field()).isEqualTo("v");
        assertThat(failed.error()).isEqualTo("method 'intValue' does not apply to 'ab'");
    }
}
