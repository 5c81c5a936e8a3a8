package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import fr.passerelle.store.DriftReports;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The drift report of issue 6 on WooCommerce over HTTP, one shop of its own per test (200 items of
 * the PRESSE family): what a back-office user changes by hand (a price, PRC-3; a stock figure,
 * STK-1; a product put offline) is reported with its kind, and "re-sync all" heals every row.
 */
@StudioIntegrationTest
class DriftReportingE2EIT {

    @Autowired
    DriftReporting drift;

    @Autowired
    DriftReports reports;

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

    @Test
    void aPriceAStockFigureAndAnActiveFlagChangedByHandAreReportedAndReSyncAllHealsThem() throws Exception {
        String press = WooCommerceDifferentiatorsE2EIT.PRESS_ONLY;
        long profile = e2e.ownShop("woo-drift-all", "ERP sandbox -> WooCommerce drift report", Map.of(),
                Map.of("products", press, "stock", press, "prices", press));
        WooCommerceSandbox shop = e2e.shop("woo-drift-all");
        e2e.run(profile, "products");
        e2e.run(profile, "stock");
        e2e.run(profile, "prices");
        assertThat(drift.compare(profile, DriftReports.Origin.STUDIO)).extracting(DriftReports.Report::flow)
                .containsExactly("products", "stock", "prices");
        assertThat(drift.latest(profile)).allSatisfy(r -> {
            assertThat(r.succeeded()).as(r.flow() + ": " + r.error()).isTrue();
            assertThat(r.differences()).as(r.flow()).isEmpty();
        });
        List<String> skus = shop.products().stream().map(p -> String.valueOf(p.get("sku"))).sorted().toList();
        String priceSku = skus.stream().filter(s -> product(shop, s).get("regular_price") instanceof String price
                && !price.isBlank())
                .findFirst().orElseThrow();
        String stockSku = skus.stream().filter(s -> !s.equals(priceSku) && product(shop, s).get("stock_quantity") != null)
                .findFirst().orElseThrow();
        String offlineSku = skus.stream().filter(s -> !s.equals(priceSku) && !s.equals(stockSku)
                && "publish".equals(product(shop, s).get("status"))).findFirst().orElseThrow();
        Map<String, Object> priced = product(shop, priceSku);
        Map<String, Object> stocked = product(shop, stockSku);
        String erpPrice = String.valueOf(priced.get("regular_price"));
        Object erpStock = stocked.get("stock_quantity");
        // by hand in the back office, through the shop's own REST API
        backOffice(profile, priced, "{\"regular_price\":\"3.00\"}");
        backOffice(profile, stocked, "{\"stock_quantity\":999}");
        backOffice(profile, product(shop, offlineSku), "{\"status\":\"draft\"}");

        List<DriftReports.Report> found = drift.compare(profile, DriftReports.Origin.STUDIO);

        assertThat(found).allSatisfy(r -> assertThat(r.succeeded()).as(r.flow() + ": " + r.error()).isTrue());
        assertThat(found).flatExtracting(DriftReports.Report::differences)
                .extracting(DriftReports.Difference::key, DriftReports.Difference::kind, DriftReports.Difference::field,
                        DriftReports.Difference::shopValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(offlineSku, "ACTIVE", "status", "draft"),
                        org.assertj.core.groups.Tuple.tuple(stockSku, "STOCK", "stock_quantity", "999"),
                        org.assertj.core.groups.Tuple.tuple(priceSku, "PRICE", "regular_price", "3.00"));

        DriftReporting.Resync healed = drift.resyncAll(profile);

        assertThat(healed.stillDrifting()).isEmpty();
        assertThat(healed.runs()).hasSize(3).allSatisfy(run -> assertThat(run.updated()).isEqualTo(1));
        assertThat(product(shop, priceSku).get("regular_price")).isEqualTo(erpPrice);
        assertThat(new BigDecimal(String.valueOf(product(shop, stockSku).get("stock_quantity"))))
                .isEqualByComparingTo(String.valueOf(erpStock));
        assertThat(product(shop, offlineSku).get("status")).isEqualTo("publish");
        assertThat(drift.latest(profile)).allSatisfy(r -> {
            assertThat(r.origin()).isEqualTo(DriftReports.Origin.RESYNC);
            assertThat(r.differences()).isEmpty();
        });
    }

    @Test
    void aComparisonThatCannotBeMadeIsRecordedAsFailedNotAsNoDrift() {
        String press = WooCommerceDifferentiatorsE2EIT.PRESS_ONLY;
        long profile = e2e.ownShop("woo-drift-broken", "ERP sandbox -> WooCommerce broken drift", Map.of(),
                Map.of("products", press, "prices", press));
        e2e.run(profile, "products");
        e2e.run(profile, "prices");
        var broken = mappings.saveDraft(profile, "prices", "extends: cegid-xrp-flex/woocommerce/prices\n" + press
                + "fields:\n  regular_price: noSuchFunction(price)\n", "test");
        mappings.publish(broken.id());

        List<DriftReports.Report> made = drift.compare(profile, DriftReports.Origin.STUDIO);

        assertThat(made).extracting(DriftReports.Report::flow).containsExactly("products", "prices");
        assertThat(made.get(0).succeeded()).isTrue();
        assertThat(made.get(1)).satisfies(r -> {
            assertThat(r.succeeded()).isFalse();
            assertThat(r.error()).contains("does not compile");
            assertThat(r.differences()).isEmpty();
        });
    }

    private static Map<String, Object> product(WooCommerceSandbox shop, String sku) {
        return shop.productBySku(sku).map(p -> (Map<String, Object>) new java.util.HashMap<String, Object>(p))
                .orElseThrow();
    }

    /** A PUT on the product, as the shop's back office would send it. */
    private void backOffice(long profile, Map<String, Object> product, String json) throws Exception {
        String base = profiles.findById(profile).orElseThrow().baseUrl();
        String id = new BigDecimal(String.valueOf(product.get("id"))).toPlainString();
        String auth = Base64.getEncoder().encodeToString((WooCommerceSandbox.DEFAULT_KEY + ":"
                + WooCommerceSandbox.DEFAULT_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/wp-json/wc/v3/products/" + id))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Objects.requireNonNull(response.body());
    }
}
