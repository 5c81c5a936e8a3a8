package fr.passerelle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.connector.CanonicalRecord;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The drift report finds what was changed by hand in the shop, and a targeted re-sync heals it. */
class DriftTest {

    private static final FlowSpec PRODUCTS = new FlowSpec("products", "erp.item", "shop.product", null, "sku", 10);
    private static final RecordMapper PLAN = record -> {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sku", record.get("ItemCode"));
        payload.put("regular_price", ((BigDecimal) record.get("Price")).toPlainString());
        payload.put("status", Boolean.TRUE.equals(record.get("Active")) ? "publish" : "draft");
        return new MappingStep.Mapped(record.key(), payload);
    };

    private final FakeSource erp = new FakeSource().withItems(25);
    private final FakeShop shop = new FakeShop();
    private final InMemoryPorts ports = new InMemoryPorts();

    @Test
    void aPriceChangedByHandInTheShopIsReportedAndTheResyncHealsIt() {
        ports.runner().run(PRODUCTS, PLAN, erp, shop, TargetLimits.NONE, RunOptions.normal());
        String id = ports.links.get("shop.product/ART0012").targetId();
        shop.products.get(id).put("regular_price", "9.99"); // a merchant's edit in the shop back office

        List<Drift> drifts = detect();

        assertThat(drifts).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("ART0012");
            assertThat(d.field()).isEqualTo("regular_price");
            assertThat(d.expected()).isEqualTo("22.00");
            assertThat(d.actual()).isEqualTo("9.99");
        });

        shop.writes.clear();
        RunSummary resync = ports.runner().run(PRODUCTS, PLAN, erp, shop, TargetLimits.NONE,
                RunOptions.resync(Set.of("ART0012")));

        assertThat(shop.writes).extracting(w -> w.key()).containsExactly("ART0012");
        assertThat(resync.updated()).isEqualTo(1);
        assertThat(shop.products.get(id)).containsEntry("regular_price", "22.00");
        assertThat(detect()).isEmpty();
    }

    @Test
    void aNumberSentAsTextMatchesTheSameNumberHeldByTheShop() {
        assertThat(DriftDetector.sameValue("12.50", new BigDecimal("12.5"))).isTrue();
        assertThat(DriftDetector.sameValue("12.50", "12.51")).isFalse();
        assertThat(DriftDetector.sameValue(true, "true")).isTrue();
    }

    @Test
    void onlyWatchedFieldsAreCompared() {
        ports.runner().run(PRODUCTS, PLAN, erp, shop, TargetLimits.NONE, RunOptions.normal());
        String id = ports.links.get("shop.product/ART0003").targetId();
        shop.products.get(id).put("status", "draft");

        assertThat(new DriftDetector(ports).detect(PRODUCTS, PLAN, erp, shop, Set.of("regular_price"),
                CanonicalRecord::key)).isEmpty();
        assertThat(new DriftDetector(ports).detect(PRODUCTS, PLAN, erp, shop, Set.of("status"),
                CanonicalRecord::key)).extracting(Drift::key).containsExactly("ART0003");
    }

    @Test
    void aTargetedResyncDoesNotMoveTheWatermark() {
        ports.runner().run(PRODUCTS, PLAN, erp, shop, TargetLimits.NONE, RunOptions.normal());
        var before = ports.watermarks.get("products");

        ports.runner().run(PRODUCTS, PLAN, erp, shop, TargetLimits.NONE, RunOptions.resync(Set.of("ART0001")));

        assertThat(ports.watermarks.get("products")).isEqualTo(before);
    }

    private List<Drift> detect() {
        return new DriftDetector(ports).detect(PRODUCTS, PLAN, erp, shop, Set.of("regular_price", "status"),
                CanonicalRecord::key);
    }
}
