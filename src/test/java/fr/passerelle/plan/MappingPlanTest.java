package fr.passerelle.plan;

import static fr.passerelle.dsl.Mappings.plan;
import static fr.passerelle.dsl.Mappings.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What a compiled plan does with records: paths, nulls, keyed list entries, skips, failures, threads. */
class MappingPlanTest {

    private static final String HEADER = "flow: products\nsource: erp.item\ntarget: woocommerce.product\nkey: ItemCode\n";

    @Test
    void dottedPathsBuildNestedObjectsAndNullValuesAreLeftOut() {
        MappingPlan plan = plan(HEADER + "fields:\n  dimensions.length: fmt(Depth / 10, 1)\n  dimensions.width: fmt(Width / 10, 1)\n  brand: Brand\n");
        var mapped = (MappingResult.Mapped) plan.apply(record("ItemCode", "A1", "Depth", new BigDecimal("125"), "Width", null), Map.of());
        assertThat(mapped.payload()).isEqualTo(Map.of("dimensions", Map.of("length", "12.5")));
    }

    @Test
    void keyedListEntriesAreCreatedOncePerKeyInFieldOrder() {
        MappingPlan plan = plan(HEADER + """
                fields:
                  meta_data[key=_yoast_wpseo_title].value: trim(SeoTitle)
                  meta_data[key=_yoast_wpseo_metadesc].value: SeoDescription
                  meta_data[key=_yoast_wpseo_title].id: 12
                  metafields[namespace=seo,key=title].value: SeoTitle
                """);
        var mapped = (MappingResult.Mapped) plan.apply(record("ItemCode", "A1", "SeoTitle", " T ", "SeoDescription", null), Map.of());
        assertThat(mapped.payload()).isEqualTo(Map.of(
                "meta_data", List.of(Map.of("key", "_yoast_wpseo_title", "value", "T", "id", BigDecimal.valueOf(12))),
                "metafields", List.of(Map.of("namespace", "seo", "key", "title", "value", " T "))));
    }

    @Test
    void whereFalseSkipsTheRecordAndAFailureNamesTheField() {
        MappingPlan plan = plan(HEADER + "where: Published\nfields:\n  sku: ItemCode\n  price: fmt(Price, 2)\n");
        assertThat(plan.apply(record("ItemCode", "A1", "Published", false), Map.of())).isInstanceOf(MappingResult.Skipped.class);
        var failed = (MappingResult.Failed) plan.apply(record("ItemCode", "A2", "Published", true, "Price", "abc"), Map.of());
        assertThat(failed.key()).isEqualTo("A2");
        assertThat(failed.field()).isEqualTo("price");
        assertThat(failed.error()).isEqualTo("fmt: 'abc' is not a number");
    }

    @Test
    void rulesReadTheTargetAndRunInOrder() {
        MappingPlan plan = plan(HEADER + """
                fields:
                  name: trim(Caption)
                rules:
                  - name: long names are cut
                    when: size(target.name) > 5
                    set:
                      name: left(target.name, 5)
                  - name: profile adds the warehouse
                    set:
                      warehouse: profile.warehouse
                """);
        var mapped = (MappingResult.Mapped) plan.apply(record("ItemCode", "A1", "Caption", "Chaise bistrot"), Map.of("warehouse", "W1"));
        assertThat(mapped.payload()).isEqualTo(Map.of("name", "Chais", "warehouse", "W1"));
    }

    @Test
    void anEmptyKeyFailsTheRecord() {
        var failed = (MappingResult.Failed) plan(HEADER + "fields:\n  sku: ItemCode\n").apply(record("ItemCode", " "), Map.of());
        assertThat(failed.field()).isEqualTo("key");
    }

    @Test
    void onePlanServesManyThreadsWithTheSameResults() throws Exception {
        MappingPlan plan = plan(HEADER + """
                let:
                  ttc: ttc(Price, 20)
                fields:
                  sku: ItemCode
                  price: fmt(ttc, 2)
                  label: ItemCode + ' ' + slug(Caption)
                  size: x.length()
                """);
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            records.add(record("ItemCode", "A" + i, "Price", BigDecimal.valueOf(i, 2), "Caption", "Pull n°" + i, "x", "a".repeat(i % 7)));
        }
        List<Object> expected = records.stream().map(r -> plan.apply(r, Map.of())).map(Object::toString).map(Object.class::cast).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<Object>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> records.stream().map(r -> plan.apply(r, Map.of())).map(Object::toString).map(Object.class::cast).toList()));
            }
            for (Future<List<Object>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        }
    }
}
