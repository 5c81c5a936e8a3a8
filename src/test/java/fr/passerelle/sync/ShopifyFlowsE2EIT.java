package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.erp.ErpSandbox;
import fr.passerelle.sandbox.shop.shopify.ShopifySandbox;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.ShopProfile;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ERP sandbox -> Shopify sandbox over real HTTP (both served by the studio under /sandbox), on the
 * embedded PostgreSQL, with the published templates, every flow in its dependency order:
 * categories (collections) before products, products before stock and prices. Shopify has no
 * customer groups (the customers template puts the price class in tags), so there is no
 * customer-groups flow for it.
 *
 * <p>A full products run of the 2,400 ERP items takes several minutes on the shared build
 * machine, so this test uses its own profile (same ERP and shop as the demo profile) whose item
 * flows publish a mapping that {@code extends} the template and adds
 * {@code erpFilter: "ItemClass eq 'LIVRE'"}: one item class (SKUs {@code LIV*}).
 */
@StudioIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShopifyFlowsE2EIT {

    private static final String DEMO = "ERP sandbox -> Shopify sandbox";
    private static final String PROFILE = "E2E: ERP sandbox (LIVRE) -> Shopify sandbox";
    private static final String PREFIX = "LIV";
    private static final String FILTER = "erpFilter: \"ItemClass eq 'LIVRE'\"\n";

    @Autowired
    FlowSync sync;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    MappingRepository mappings;

    @Autowired
    SandboxHost host;

    private long profileId() {
        return profiles.findByName(PROFILE).orElseGet(this::createProfile).id();
    }

    private ShopProfile createProfile() {
        ShopProfile demo = profiles.findByName(DEMO).orElseThrow();
        ShopProfile created = profiles.create(new ShopProfile(0, demo.tenantId(), "", PROFILE, demo.erpType(),
                demo.erpBaseUrl(), demo.erpCredentials(), demo.shopType(), demo.baseUrl(), demo.credentials(),
                demo.settings(), true, OffsetDateTime.now()));
        for (String flow : List.of("categories", "products", "stock", "prices")) {
            publish(created.id(), flow, FILTER);
        }
        publish(created.id(), "customers", "");
        return created;
    }

    private void publish(long profile, String flow, String extra) {
        mappings.publish(mappings.saveDraft(profile, flow,
                "extends: cegid-xrp-flex/shopify/" + flow + "\n" + extra, "test").id());
    }

    private ShopifySandbox shopify() {
        return (ShopifySandbox) host.apps().stream().filter(a -> a.id().equals("shopify")).findFirst().orElseThrow();
    }

    private ErpSandbox erp() {
        return (ErpSandbox) host.apps().stream().filter(a -> a.id().equals("erp")).findFirst().orElseThrow();
    }

    private RunSummary run(String flow) {
        RunSummary summary = sync.run(profileId(), flow, RunOptions.normal());
        System.out.println("shopify " + flow + ": " + summary.describe());
        return summary;
    }

    private long writes() {
        return host.log("shopify").writes();
    }

    private static String sku(Map<String, ?> product) {
        List<?> variants = (List<?>) product.get("variants");
        return variants == null || variants.isEmpty() ? "" : String.valueOf(((Map<?, ?>) variants.getFirst()).get("sku"));
    }

    private List<String> skus() {
        return shopify().products().stream().map(ShopifyFlowsE2EIT::sku).filter(s -> s.startsWith(PREFIX)).toList();
    }

    private String firstWarehouse(String sku) {
        var lines = erp().record("StockItem", sku).orElseThrow().path("WarehouseDetails");
        return lines.isEmpty() ? "MAIN" : lines.get(0).path("WarehouseID").path("value").asString();
    }

    /** A first run writes and fails nothing; an immediate re-run sends no write to the shop. */
    private RunSummary firstRunThenNoChange(String flow) {
        RunSummary first = run(flow);
        assertThat(first.failed()).as(flow + " failures").isZero();
        assertThat(first.status()).isEqualTo(RunSummary.Status.SUCCEEDED);
        host.log("shopify").clear();
        RunSummary second = run(flow);
        assertThat(second.writes()).as(flow + " re-run writes").isZero();
        assertThat(writes()).as(flow + " re-run requests that write").isZero();
        return first;
    }

    @Test
    @Order(1)
    @DisplayName("CAT-1: collections are created once with their path")
    void collectionsAreCreatedOnceWithTheirPath() {
        firstRunThenNoChange("categories");

        List<String> paths = shopify().collections().stream()
                .map(c -> String.join(" > ", shopify().collectionPath(String.valueOf(c.get("id"))))).toList();
        assertThat(paths).doesNotHaveDuplicates().anyMatch(p -> p.startsWith("Librairie") || p.startsWith("LIVRE"));
    }

    @Test
    @Order(2)
    @DisplayName("ART-1, ART-2: the first products run creates every item once, the second writes nothing")
    void theFirstProductsRunCreatesEveryItemOnceAndTheSecondWritesNothing() {
        RunSummary first = firstRunThenNoChange("products");

        int items = first.created() + first.updated() + first.unchanged();
        assertThat(items).isGreaterThan(100);
        assertThat(skus()).doesNotHaveDuplicates().hasSize(items);
        assertThat(shopify().products().stream().filter(p -> sku(p).startsWith(PREFIX))
                .map(p -> ((List<?>) p.get("collections")).size())).doesNotContain(0);
    }

    @Test
    @Order(3)
    void changingFiveItemsInTheErpWritesExactlyThoseFive() {
        List<String> five = skus().stream().sorted().skip(10).limit(5).toList();
        five.forEach(sku -> erp().changeItem(sku, "Description", "Nouveau titre " + sku));
        host.log("shopify").clear();

        RunSummary next = run("products");

        assertThat(next.updated()).isEqualTo(5);
        assertThat(next.created()).isZero();
        assertThat(next.failed()).isZero();
        five.forEach(sku -> assertThat(shopify().productBySku(sku)).get()
                .extracting(p -> p.get("title")).isEqualTo("Nouveau titre " + sku));
    }

    @Test
    @Order(4)
    @DisplayName("ART-5: a dormant item becomes a draft, not deleted")
    void aDormantItemBecomesADraftNotDeleted() {
        String sku = skus().stream().sorted().skip(20)
                .filter(s -> "ACTIVE".equals(shopify().productBySku(s).orElseThrow().get("status"))).findFirst()
                .orElseThrow();
        int before = shopify().products().size();
        erp().changeItem(sku, "ItemStatus", "Inactive");

        RunSummary next = run("products");

        assertThat(next.updated()).isEqualTo(1);
        assertThat(shopify().productBySku(sku)).get().extracting(p -> p.get("status")).isEqualTo("DRAFT");
        assertThat(shopify().products()).hasSize(before);
    }

    @Test
    @Order(5)
    void aRecordTheShopRejectsFailsAloneWithTheShopsReason() {
        List<String> two = skus().stream().sorted().skip(30).limit(2).toList();
        String refused = two.get(0);
        String accepted = two.get(1);
        mappings.publish(mappings.saveDraft(profileId(), "products", """
                extends: cegid-xrp-flex/shopify/products
                erpFilter: "ItemClass eq 'LIVRE'"
                rules:
                  - name: a status Shopify does not know, for one item only
                    when: sku == '%s'
                    set:
                      status: "'RETIRED'"
                """.formatted(refused), "test").id());
        try {
            erp().changeItem(refused, "Description", "Refusé par la boutique");
            erp().changeItem(accepted, "Description", "Accepté");

            RunSummary summary = run("products");

            assertThat(summary.failed()).isEqualTo(1);
            assertThat(summary.updated()).isEqualTo(1);
            assertThat(shopify().productBySku(accepted)).get().extracting(p -> p.get("title")).isEqualTo("Accepté");
            assertThat(shopify().productBySku(refused)).get().extracting(p -> p.get("title"))
                    .isNotEqualTo("Refusé par la boutique");
        } finally {
            publish(profileId(), "products", FILTER);
        }
    }

    @Test
    @Order(6)
    @DisplayName("STK-4: stock follows the ERP and only changed quantities are written")
    void stockFollowsTheErpAndOnlyChangedQuantitiesAreWritten() {
        firstRunThenNoChange("stock");
        List<String> five = skus().stream().sorted().skip(40).limit(5).toList();
        for (int i = 0; i < five.size(); i++) {
            erp().setStock(five.get(i), firstWarehouse(five.get(i)), BigDecimal.valueOf(700 + i));
        }
        host.log("shopify").clear();

        RunSummary next = run("stock");

        assertThat(next.writes()).isEqualTo(5);
        assertThat(next.failed()).isZero();
        for (int i = 0; i < five.size(); i++) {
            String location = "PARIS".equals(firstWarehouse(five.get(i))) ? "Boutique Paris" : "Entrepôt Lyon";
            assertThat(shopify().available(five.get(i), location)).isEqualTo(700 + i);
        }
    }

    @Test
    @Order(7)
    @DisplayName("PRC-2: prices follow the ERP and only changed prices are written")
    void pricesFollowTheErpAndOnlyChangedPricesAreWritten() {
        firstRunThenNoChange("prices");
        List<String> five = skus().stream().sorted().skip(50).limit(5).toList();
        for (int i = 0; i < five.size(); i++) {
            erp().changeItem(five.get(i), "DefaultPrice", new BigDecimal("91.5" + i));
        }
        host.log("shopify").clear();

        RunSummary next = run("prices");

        assertThat(next.writes()).isEqualTo(5);
        for (int i = 0; i < five.size(); i++) {
            assertThat(shopify().variantBySku(five.get(i))).get()
                    .extracting(v -> new BigDecimal(String.valueOf(v.get("price"))).stripTrailingZeros())
                    .isEqualTo(new BigDecimal("91.5" + i).stripTrailingZeros());
        }
    }

    @Test
    @Order(8)
    @DisplayName("CUS-1: customers are created once and re-runs write nothing")
    void customersAreCreatedOnceAndReRunsWriteNothing() {
        RunSummary customers = firstRunThenNoChange("customers");

        assertThat(customers.created() + customers.unchanged() + customers.updated()).isGreaterThan(10);
        assertThat(shopify().customers().stream().map(c -> String.valueOf(c.get("email")))).doesNotHaveDuplicates();
    }

    @Test
    @Order(9)
    void withASmallCostBucketProductsAndStockRunsCompleteWithoutThrottledFailures() {
        List<String> changed = skus().stream().sorted().skip(60).limit(12).toList();
        changed.forEach(sku -> erp().changeItem(sku, "Description", "Limité " + sku));
        changed.forEach(sku -> erp().setStock(sku, firstWarehouse(sku), BigDecimal.valueOf(33)));
        long throttledBefore = shopify().throttledCount();
        shopify().bucket(200, 20);
        shopify().drainBucketTo(0);
        try {
            RunSummary products = run("products");
            RunSummary stock = run("stock");

            assertThat(products.failed()).isZero();
            // the 12 changed items (and the item refused earlier, now sent with the template again)
            assertThat(products.updated()).isBetween(12, 13);
            assertThat(stock.failed()).isZero();
            assertThat(stock.writes()).isEqualTo(12);
            changed.forEach(sku -> assertThat(shopify().productBySku(sku)).get().extracting(p -> p.get("title"))
                    .isEqualTo("Limité " + sku));
            System.out.println("THROTTLED answers during the small-bucket runs: "
                    + (shopify().throttledCount() - throttledBefore));
        } finally {
            shopify().bucket(1000, 50);
        }
    }
}
