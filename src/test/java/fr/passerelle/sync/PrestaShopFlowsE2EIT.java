package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.erp.ErpSandbox;
import fr.passerelle.sandbox.shop.prestashop.PrestaShopSandbox;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import java.math.BigDecimal;
import fr.passerelle.store.ShopProfile;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ERP sandbox -> PrestaShop sandbox over real HTTP (both served by the studio under /sandbox),
 * on the embedded PostgreSQL, with the published templates, every flow in its dependency order:
 * categories before products, products before stock and prices, groups before customers.
 *
 * <p>A full products run of the 2,400 ERP items takes several minutes on the shared build
 * machine, so this test uses its own profile (same ERP and shop as the demo profile) whose item
 * flows publish a mapping that {@code extends} the template and adds
 * {@code erpFilter: "ItemClass eq 'PRESSE'"}: one item class (SKUs {@code PRE*}), and no photos
 * (see {@link #PRODUCTS_EXTRA}). Customer
 * groups and customers are the templates as they are.
 */
@StudioIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrestaShopFlowsE2EIT {

    private static final String DEMO = "ERP sandbox -> PrestaShop sandbox";
    private static final String PROFILE = "E2E: ERP sandbox (PRESSE) -> PrestaShop sandbox";
    private static final String PREFIX = "PRE";
    /**
     * The PrestaShop connector downloads each photo to upload it; the demo items' photos are on
     * hosts this offline machine cannot reach (each download would be retried with back-off), so
     * the test profile sends no photo.
     */
    private static final String PRODUCTS_EXTRA = """
            erpFilter: "ItemClass eq 'PRESSE'"
            fields:
              image_urls: "null"
            """;

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
        for (String flow : List.of("categories", "stock", "prices")) {
            publish(created.id(), flow, "erpFilter: \"ItemClass eq 'PRESSE'\"\n");
        }
        publish(created.id(), "products", PRODUCTS_EXTRA);
        for (String flow : List.of("customer-groups", "customers")) {
            publish(created.id(), flow, "");
        }
        return created;
    }

    private void publish(long profile, String flow, String extra) {
        mappings.publish(mappings.saveDraft(profile, flow,
                "extends: cegid-xrp-flex/prestashop/" + flow + "\n" + extra, "test").id());
    }

    private PrestaShopSandbox ps() {
        return (PrestaShopSandbox) host.apps().stream().filter(a -> a.id().equals("prestashop")).findFirst().orElseThrow();
    }

    private ErpSandbox erp() {
        return (ErpSandbox) host.apps().stream().filter(a -> a.id().equals("erp")).findFirst().orElseThrow();
    }

    private RunSummary run(String flow) {
        RunSummary summary = sync.run(profileId(), flow, RunOptions.normal());
        System.out.println("prestashop " + flow + ": " + summary.describe());
        return summary;
    }

    private long writes() {
        return host.log("prestashop").writes();
    }

    /** The default-language text of a PrestaShop field (names are multilingual). */
    @SuppressWarnings("unchecked")
    private static String text(Object value) {
        if (value instanceof Map<?, ?> languages) {
            return Objects.toString(((Map<String, Object>) languages).get("1"), "");
        }
        return value == null ? "" : value.toString();
    }

    private List<String> references() {
        return ps().records("products").stream().map(p -> text(p.get("reference"))).filter(r -> r.startsWith(PREFIX))
                .toList();
    }

    private String reference(int index) {
        return references().stream().sorted().skip(index).findFirst().orElseThrow();
    }

    /** The warehouse of the item's first stock line: the one the stock templates read. */
    private String firstWarehouse(String sku) {
        var lines = erp().record("StockItem", sku).orElseThrow().path("WarehouseDetails");
        return lines.isEmpty() ? "MAIN" : lines.get(0).path("WarehouseID").path("value").asString();
    }

    /** A first run creates; an immediate re-run writes nothing to the shop. */
    private RunSummary firstRunThenNoChange(String flow) {
        RunSummary first = run(flow);
        assertThat(first.failed()).as(flow + " failures").isZero();
        assertThat(first.status()).isEqualTo(RunSummary.Status.SUCCEEDED);
        host.log("prestashop").clear();
        RunSummary second = run(flow);
        assertThat(second.writes()).as(flow + " re-run writes").isZero();
        assertThat(writes()).as(flow + " re-run requests that write").isZero();
        return first;
    }

    @Test
    @Order(1)
    @DisplayName("CAT-1: categories are created once as a tree")
    void categoriesAreCreatedOnceAsATree() {
        int before = ps().records("categories").size();
        RunSummary first = firstRunThenNoChange("categories");

        assertThat(first.created() + first.unchanged() + first.updated()).isGreaterThan(3);
        assertThat(ps().records("categories").size()).isGreaterThan(before);
        List<String> paths = ps().records("categories").stream()
                .map(c -> String.join(" > ", ps().categoryPath(Long.parseLong(text(c.get("id")))))).toList();
        assertThat(paths).doesNotHaveDuplicates();
    }

    @Test
    @Order(2)
    @DisplayName("ART-1, ART-2: the first products run creates every item once, the second writes nothing")
    void theFirstProductsRunCreatesEveryItemOnceAndTheSecondWritesNothing() {
        RunSummary first = firstRunThenNoChange("products");

        int items = first.created() + first.updated() + first.unchanged();
        assertThat(items).isGreaterThan(100);
        assertThat(references()).doesNotHaveDuplicates().hasSize(items);
        // placed in the category tree made by the categories flow, not left in Home
        assertThat(ps().records("products").stream().filter(p -> text(p.get("reference")).startsWith(PREFIX))
                .map(p -> text(p.get("id_category_default")))).doesNotContain("2", "0", "");
    }

    @Test
    @Order(3)
    void changingFiveItemsInTheErpWritesExactlyThoseFive() {
        List<String> five = references().stream().sorted().skip(10).limit(5).toList();
        five.forEach(sku -> erp().changeItem(sku, "Description", "Nouveau libellé " + sku));
        host.log("prestashop").clear();

        RunSummary next = run("products");

        assertThat(next.updated()).isEqualTo(5);
        assertThat(next.created()).isZero();
        assertThat(next.failed()).isZero();
        assertThat(host.log("prestashop").writes()).isGreaterThanOrEqualTo(5);
        five.forEach(sku -> assertThat(ps().productByReference(sku)).get()
                .extracting(p -> text(p.get("name"))).isEqualTo("Nouveau libellé " + sku));
    }

    @Test
    @Order(4)
    @DisplayName("ART-5: a dormant item is deactivated in the shop, not deleted")
    void aDormantItemIsDeactivatedInTheShopNotDeleted() {
        String sku = references().stream().sorted().skip(20)
                .filter(r -> "1".equals(text(ps().productByReference(r).orElseThrow().get("active")))).findFirst().orElseThrow();
        int before = ps().records("products").size();
        assertThat(ps().productByReference(sku)).get().extracting(p -> text(p.get("active"))).isEqualTo("1");
        erp().changeItem(sku, "ItemStatus", "Inactive");

        RunSummary next = run("products");

        assertThat(next.updated()).isEqualTo(1);
        assertThat(ps().productByReference(sku)).get().extracting(p -> text(p.get("active"))).isEqualTo("0");
        assertThat(ps().records("products")).hasSize(before);
    }

    @Test
    @Order(5)
    void aRecordTheShopRejectsFailsAloneWithTheShopsReason() {
        String refused = reference(30);
        String accepted = reference(31);
        var draft = mappings.saveDraft(profileId(), "products", """
                extends: cegid-xrp-flex/prestashop/products
                erpFilter: "ItemClass eq 'PRESSE'"
                fields:
                  image_urls: "null"
                rules:
                  - name: a weight PrestaShop cannot read, for one item only
                    when: sku == '%s'
                    set:
                      weight: "'lourd'"
                """.formatted(refused), "test");
        mappings.publish(draft.id());
        try {
            erp().changeItem(refused, "Description", "Refusé par la boutique");
            erp().changeItem(accepted, "Description", "Accepté");

            RunSummary summary = run("products");

            assertThat(summary.failed()).isEqualTo(1);
            assertThat(summary.updated()).isEqualTo(1);
            assertThat(summary.status()).isEqualTo(RunSummary.Status.PARTIAL);
            assertThat(ps().productByReference(accepted)).get().extracting(p -> text(p.get("name"))).isEqualTo("Accepté");
            assertThat(ps().productByReference(refused)).get().extracting(p -> text(p.get("name")))
                    .isNotEqualTo("Refusé par la boutique");
        } finally {
            publish(profileId(), "products", PRODUCTS_EXTRA);
        }
    }

    @Test
    @Order(6)
    @DisplayName("STK-4: stock follows the ERP and only changed quantities are written")
    void stockFollowsTheErpAndOnlyChangedQuantitiesAreWritten() {
        firstRunThenNoChange("stock");
        List<String> five = references().stream().sorted().skip(40).limit(5).toList();
        for (int i = 0; i < five.size(); i++) {
            erp().setStock(five.get(i), firstWarehouse(five.get(i)), BigDecimal.valueOf(700 + i));
        }
        host.log("prestashop").clear();

        RunSummary next = run("stock");

        assertThat(next.writes()).isEqualTo(5);
        assertThat(next.failed()).isZero();
        for (int i = 0; i < five.size(); i++) {
            assertThat(ps().quantity(five.get(i))).isEqualTo(700 + i);
        }
    }

    @Test
    @Order(7)
    @DisplayName("PRC-2: prices follow the ERP and only changed prices are written")
    void pricesFollowTheErpAndOnlyChangedPricesAreWritten() {
        firstRunThenNoChange("prices");
        List<String> five = references().stream().sorted().skip(50).limit(5).toList();
        for (int i = 0; i < five.size(); i++) {
            erp().changeItem(five.get(i), "DefaultPrice", new BigDecimal("91.5" + i));
        }
        host.log("prestashop").clear();

        RunSummary next = run("prices");

        assertThat(next.writes()).isEqualTo(5);
        for (int i = 0; i < five.size(); i++) {
            assertThat(ps().productByReference(five.get(i))).get()
                    .extracting(p -> new BigDecimal(text(p.get("price"))).stripTrailingZeros())
                    .isEqualTo(new BigDecimal("91.5" + i).stripTrailingZeros());
        }
    }

    @Test
    @Order(8)
    @DisplayName("GRP-1, CUS-1: customer groups then customers are created once and re-runs write nothing")
    void customerGroupsThenCustomersAreCreatedOnceAndReRunsWriteNothing() {
        RunSummary groups = firstRunThenNoChange("customer-groups");
        assertThat(groups.created() + groups.unchanged() + groups.updated()).isPositive();
        int before = ps().records("customers").size();

        RunSummary customers = firstRunThenNoChange("customers");

        assertThat(customers.created() + customers.unchanged() + customers.updated()).isGreaterThan(10);
        List<String> emails = ps().records("customers").stream().map(c -> text(c.get("email"))).toList();
        assertThat(emails).doesNotHaveDuplicates();
        assertThat(emails.size()).isGreaterThanOrEqualTo(before);
    }
}
