package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.Drift;
import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.shop.ShopJson;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What no competitor does well, on WooCommerce over HTTP: adopting a product the shop already has
 * (ART-1), a dry run that names exactly the fields that would change, and the drift report that
 * finds a price changed by hand and heals it with a targeted re-sync (PRC-3), reservation-aware
 * stock (STK-3). Each test has its own empty shop and profile (200 items of the PRESSE family):
 * independent of the other tests and IT classes.
 */
@StudioIntegrationTest
class WooCommerceDifferentiatorsE2EIT {

    /** 200 items: the PRESSE family. */
    static final String PRESS_ONLY = "erpFilter: \"ItemClass eq 'PRESSE'\"\n";

    @Autowired
    FlowSync sync;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    MappingRepository mappings;

    @Autowired
    SandboxHost host;

    WooE2E e2e;

    @BeforeEach
    void setUp() {
        e2e = new WooE2E(sync, profiles, mappings, host);
    }

    /** ART-1: a product created by hand with the item's SKU is taken over, never duplicated. */
    @Test
    void aProductAlreadyInTheShopWithTheSameSkuIsAdoptedNotDuplicated() {
        long profile = e2e.ownShop("woo-adopt", "ERP sandbox -> WooCommerce adoption", Map.of(),
                Map.of("products", PRESS_ONLY));
        long handMade = e2e.shop("woo-adopt").createProduct("PRE01005", "Revue saisie à la main");

        RunSummary first = e2e.run(profile, "products");

        List<String> skus = e2e.shop("woo-adopt").products().stream().map(p -> String.valueOf(p.get("sku"))).toList();
        assertThat(skus).doesNotHaveDuplicates().contains("PRE01005").hasSize(first.created() + first.updated());
        assertThat(first.updated()).as(first.describe()).isEqualTo(1);
        assertThat(first.created()).isGreaterThan(150);
        assertThat(e2e.shop("woo-adopt").productBySku("PRE01005")).get().satisfies(p -> {
            assertThat(new BigDecimal(Objects.toString(p.get("id")))).isEqualByComparingTo(BigDecimal.valueOf(handMade));
            assertThat(p.get("name")).isNotEqualTo("Revue saisie à la main");
        });
    }

    /** The dry-run diff names exactly the fields an ERP change touches, and writes nothing. */
    @Test
    void theDryRunNamesExactlyTheChangedFieldsAndWritesNothing() {
        long profile = e2e.ownShop("woo-dry", "ERP sandbox -> WooCommerce dry run", Map.of(),
                Map.of("products", PRESS_ONLY));
        e2e.run(profile, "products");
        e2e.erp().changeItem("PRE01020", "Description", "Revue des vins de France");
        e2e.erp().changeItem("PRE01021", "DimensionWeight", new BigDecimal("1.234"));
        host.log("woo-dry").clear();

        RunSummary dry = sync.run(profile, "products", RunOptions.dryRunOnly());

        assertThat(e2e.writes("woo-dry")).isZero();
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.updated()).as(dry.describe()).isEqualTo(2);
        // the SEO title is the ERP's own meta title, which did not change
        assertThat(dry.fieldChanges()).isEqualTo(Map.of("name", 1, "slug", 1, "weight", 1));
        assertThat(e2e.shop("woo-dry").productBySku("PRE01020")).get().extracting(p -> p.get("name"))
                .isNotEqualTo("Revue des vins de France");

        RunSummary real = e2e.run(profile, "products");

        assertThat(real.updated()).as("the dry run moved no watermark: the real run still sees both").isEqualTo(2);
        assertThat(e2e.shop("woo-dry").productBySku("PRE01020")).get().extracting(p -> p.get("name"))
                .isEqualTo("Revue des vins de France");
        assertThat(e2e.shop("woo-dry").productBySku("PRE01021")).get().extracting(p -> p.get("weight"))
                .isEqualTo("1.234");
    }

    /** The drift report finds a price changed by hand in the shop; its targeted re-sync heals it. */
    @Test
    void theDriftReportFindsAPriceChangedByHandAndItsResyncHealsIt() {
        long profile = e2e.ownShop("woo-drift", "ERP sandbox -> WooCommerce drift", Map.of(),
                Map.of("products", PRESS_ONLY, "prices", PRESS_ONLY));
        var shop = e2e.shop("woo-drift");
        e2e.run(profile, "products");
        e2e.run(profile, "prices");
        String erpPrice = shop.productBySku("PRE01030").map(p -> String.valueOf(p.get("regular_price")))
                .orElseThrow();
        assertThat(sync.drift(profile, "prices", Set.of("regular_price"))).isEmpty();
        shop.setRegularPrice("PRE01030", "1.00");

        List<Drift> drifts = sync.drift(profile, "prices", Set.of("regular_price"));

        assertThat(drifts).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("PRE01030");
            assertThat(d.field()).isEqualTo("regular_price");
            assertThat(d.actual()).isEqualTo("1.00");
            assertThat(new BigDecimal(String.valueOf(d.expected()))).isEqualByComparingTo(erpPrice);
        });
        // a normal run does not see it: nothing changed in the ERP
        host.log("woo-drift").clear();
        RunSummary normal = e2e.run(profile, "prices");
        assertThat(normal.writes()).isZero();
        assertThat(shop.productBySku("PRE01030")).get().extracting(p -> p.get("regular_price")).isEqualTo("1.00");

        RunSummary healed = sync.run(profile, "prices", RunOptions.resync(Set.of("PRE01030")));

        assertThat(healed.updated()).as(healed.describe()).isEqualTo(1);
        assertThat(healed.total()).isEqualTo(1);
        assertThat(shop.productBySku("PRE01030")).get().extracting(p -> p.get("regular_price")).isEqualTo(erpPrice);
        assertThat(sync.drift(profile, "prices", Set.of("regular_price"))).isEmpty();
    }

    /**
     * STK-3, reservation-aware stock: 3 units sold in the shop by an order the ERP has not imported
     * yet are taken off the ERP's figure, so the next stock push does not offer them again; a
     * cancelled order reserves nothing.
     */
    @Test
    void withReservationAwareStockUnitsSoldInTheShopAndNotYetImportedAreNotOfferedAgain() {
        long profile = e2e.ownShop("woo-resa", "ERP sandbox -> WooCommerce reservations",
                Map.of("stock.reservationAware", "true"), Map.of("products", PRESS_ONLY, "stock", PRESS_ONLY));
        e2e.run(profile, "products");
        e2e.erp().setStock("PRE01010", "PARIS", new BigDecimal("10"));
        e2e.run(profile, "stock");
        assertThat(e2e.shop("woo-resa").productBySku("PRE01010")).get()
                .extracting(p -> new BigDecimal(text(p.get("stock_quantity")))).isEqualTo(new BigDecimal("10"));

        e2e.shop("woo-resa").placeOrder("PRE01010", 3, "processing");
        e2e.shop("woo-resa").placeOrder("PRE01010", 2, "cancelled");
        e2e.erp().setStock("PRE01010", "PARIS", new BigDecimal("12")); // a delivery came in

        RunSummary next = e2e.run(profile, "stock");

        assertThat(next.updated()).as(next.describe()).isEqualTo(1);
        assertThat(e2e.shop("woo-resa").productBySku("PRE01010")).get()
                .extracting(p -> new BigDecimal(text(p.get("stock_quantity")))).as("12 in the ERP, 3 already sold")
                .isEqualTo(new BigDecimal("9"));
    }

    static String text(Object value) {
        return Objects.toString(ShopJson.text(value), "");
    }
}
