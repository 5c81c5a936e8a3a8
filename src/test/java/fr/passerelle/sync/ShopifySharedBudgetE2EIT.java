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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6, one rate budget per shop (SCH-1 runs flows side by side; STK-4, PRC-1): the stock and
 * prices flows of one Shopify shop run at the same time, each in its own thread through
 * {@link FlowSync} with the real connector over HTTP, against a shop whose cost bucket is small,
 * slow to refill and empty when they start. Both sessions pace against one view of the bucket,
 * so no record fails on throttling and the shop answers THROTTLED only a handful of times.
 *
 * <p>The test has its own shop ({@code /sandbox/shopify-budget}) and profile on the studio's ERP
 * sandbox, limited to 20 press items so the flows take seconds, not minutes.
 */
@StudioIntegrationTest
class ShopifySharedBudgetE2EIT {

    private static final String SHOP = "shopify-budget";
    private static final String PROFILE = "ERP sandbox -> Shopify, two flows on one bucket";
    private static final String FILTER = "erpFilter: \"ItemClass eq 'PRESSE' and (startswith(InventoryID, 'PRE0101')"
            + " or startswith(InventoryID, 'PRE0102'))\"\n";

    @Autowired
    FlowSync sync;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    MappingRepository mappings;

    @Autowired
    SandboxHost host;

    @Test
    void stockAndPricesRunningTogetherShareTheBucketAndNeitherFails() throws Exception {
        ShopifySandbox shop = new ShopifySandbox(SHOP, ShopifySandbox.DEFAULT_TOKEN);
        host.mount(shop);
        long profile = ownProfile();
        RunSummary categories = sync.run(profile, "categories", RunOptions.normal());
        RunSummary products = sync.run(profile, "products", RunOptions.normal());
        assertThat(products.failed()).as(products.describe()).isZero();
        assertThat(categories.failed()).as(categories.describe()).isZero();
        int items = products.created();
        assertThat(items).isBetween(15, 25);
        List<String> skus = shop.products().stream().map(ShopifySharedBudgetE2EIT::sku).toList();

        // A small bucket refilling slowly, emptied by "another app" just before the runs: the two
        // flows together need several times what the bucket holds, so they must wait for refills.
        shop.bucket(200, 40);
        shop.drainBucketTo(0);
        long throttledBefore = shop.throttledCount();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        RunSummary stock;
        RunSummary prices;
        try {
            CompletableFuture<RunSummary> stockRun = CompletableFuture.supplyAsync(
                    () -> sync.run(profile, "stock", RunOptions.normal()), threads);
            CompletableFuture<RunSummary> pricesRun = CompletableFuture.supplyAsync(
                    () -> sync.run(profile, "prices", RunOptions.normal()), threads);
            stock = stockRun.get(5, TimeUnit.MINUTES);
            prices = pricesRun.get(5, TimeUnit.MINUTES);
        } finally {
            threads.shutdownNow();
            shop.bucket(1000, 50);
        }
        long throttled = shop.throttledCount() - throttledBefore;
        System.out.println("stock: " + stock.describe() + " / prices: " + prices.describe() + " / THROTTLED answers: " + throttled);

        assertThat(stock.failed()).as(stock.describe()).isZero();
        assertThat(prices.failed()).as(prices.describe()).isZero();
        assertThat(stock.status()).isEqualTo(RunSummary.Status.SUCCEEDED);
        assertThat(prices.status()).isEqualTo(RunSummary.Status.SUCCEEDED);
        assertThat(stock.writes()).isEqualTo(items);
        assertThat(prices.writes()).isEqualTo(items);
        for (String sku : skus) {
            String warehouse = firstWarehouse(sku);
            String location = "PARIS".equals(warehouse) ? "Boutique Paris" : "Entrepôt Lyon";
            BigDecimal erpQuantity = erpAvailable(sku);
            assertThat(shop.available(sku, location)).as(sku).isEqualTo(erpQuantity.setScale(0, java.math.RoundingMode.HALF_UP).intValue());
        }
        // Bound: the bucket is emptied behind the connector's back, so each flow's first call may be
        // refused (2); then every document whose cost the shared view has not learnt yet may be
        // refused once (stock: locations, stock lookup, inventorySetQuantities; prices: variant
        // lookup, productVariantsBulkUpdate: 5). Two sessions each believing the whole bucket was
        // theirs would be refused at nearly every refill instead.
        assertThat(throttled).isLessThanOrEqualTo(7);
    }

    private long ownProfile() {
        ShopProfile demo = profiles.findByName("ERP sandbox -> Shopify sandbox").orElseThrow();
        ShopProfile profile = profiles.create(ShopProfile.draft(demo.tenantId(), PROFILE, demo.erpType(), "shopify",
                demo.baseUrl().replaceAll("/shopify$", "/" + SHOP), demo.credentials())
                .withErp(demo.erpBaseUrl(), demo.erpCredentials()).withSettings(demo.settings()));
        for (String flow : List.of("categories", "products", "stock", "prices")) {
            mappings.publish(mappings.saveDraft(profile.id(), flow,
                    "extends: cegid-xrp-flex/shopify/" + flow + "\n" + FILTER, "test").id());
        }
        return profile.id();
    }

    private ErpSandbox erp() {
        return (ErpSandbox) host.apps().stream().filter(a -> a.id().equals("erp")).findFirst().orElseThrow();
    }

    private String firstWarehouse(String sku) {
        var lines = erp().record("StockItem", sku).orElseThrow().path("WarehouseDetails");
        return lines.isEmpty() ? "MAIN" : lines.get(0).path("WarehouseID").path("value").asString();
    }

    private BigDecimal erpAvailable(String sku) {
        var lines = erp().record("StockItem", sku).orElseThrow().path("WarehouseDetails");
        return lines.isEmpty() ? BigDecimal.ZERO : lines.get(0).path("QtyAvailable").path("value").decimalValue();
    }

    private static String sku(Map<String, ?> product) {
        List<?> variants = (List<?>) product.get("variants");
        return variants == null || variants.isEmpty() ? "" : String.valueOf(((Map<?, ?>) variants.getFirst()).get("sku"));
    }
}
