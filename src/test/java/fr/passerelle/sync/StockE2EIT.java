package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxApp;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stock flow (STK-1, STK-4) on each shop over HTTP, each on an empty shop of its own with 20
 * PRESSE items: the first run sends every stock figure, a re-run writes nothing, five quantities
 * moved in the ERP are exactly the five that change in the shop, and a stock record the shop
 * refuses (a consultant's rule for one item) fails alone while the other change goes through.
 */
@StudioIntegrationTest
class StockE2EIT extends OwnShopE2E {

    private static final String TWENTY_ITEMS = "erpFilter: \"ItemClass eq 'PRESSE' and InventoryID le 'PRE01020'\"\n";
    /** PrestaShop would download each photo to upload it, from hosts this offline machine cannot reach. */
    private static final String NO_PHOTOS = "fields:\n  image_urls: \"null\"\n";
    private static final List<String> SKUS = IntStream.rangeClosed(1001, 1020).mapToObj(n -> "PRE0" + n).toList();

    private Map<String, String> stock(E2EShop kind, SandboxApp shop) {
        Map<String, String> stock = new LinkedHashMap<>();
        SKUS.forEach(sku -> stock.put(sku, kind.stock(shop, sku)));
        return stock;
    }

    /** The warehouse of the item's first stock line: the one the stock templates read. */
    private String firstWarehouse(String sku) {
        var lines = erp().record("StockItem", sku).orElseThrow().path("WarehouseDetails");
        return lines.isEmpty() ? "MAIN" : lines.get(0).path("WarehouseID").path("value").asString();
    }

    /**
     * @param refusedField a stock field the shop checks, and {@code refusedValue} a value it refuses:
     *        a stock status WooCommerce does not know, a location Shopify does not have, a
     *        reference PrestaShop has no product for
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"WOOCOMMERCE, stock_status, 'beaucoup'", "PRESTASHOP, reference, 'INCONNU-1'",
        "SHOPIFY, location, 'gid://shopify/Location/99'"})
    void stockIsSentOnceThenOnlyTheMovedQuantitiesAndARefusedRecordFailsAlone(E2EShop kind, String refusedField,
            String refusedValue) {
        long profile = ownShop(kind, "stock", Map.of(), Map.of("products",
                TWENTY_ITEMS + (kind == E2EShop.PRESTASHOP ? NO_PHOTOS : ""), "stock", TWENTY_ITEMS));
        String shopId = shopId(kind, "stock");
        SandboxApp shop = app(shopId);
        assertThat(run(profile, "products", kind).created()).isEqualTo(SKUS.size());

        RunSummary first = run(profile, "stock", kind);

        assertThat(first.failed()).as(first.describe()).isZero();
        assertThat(first.updated()).isEqualTo(SKUS.size());
        host.log(shopId).clear();
        assertThat(run(profile, "stock", kind).writes()).isZero();
        assertThat(host.log(shopId).writes()).isZero();

        // the shops share the ERP: each shop's run gets quantities of its own to see
        List<String> five = List.of("PRE01003", "PRE01004", "PRE01010", "PRE01015", "PRE01017");
        for (int i = 0; i < five.size(); i++) {
            erp().setStock(five.get(i), firstWarehouse(five.get(i)), BigDecimal.valueOf(700 + 10 * kind.ordinal() + i));
        }
        Map<String, String> before = stock(kind, shop);

        RunSummary next = run(profile, "stock", kind);

        assertThat(next.updated()).as(next.describe()).isEqualTo(5);
        Map<String, String> after = stock(kind, shop);
        assertThat(SKUS.stream().filter(sku -> !after.get(sku).equals(before.get(sku))))
                .as("the products whose stock changed in the shop").containsExactlyInAnyOrderElementsOf(five);
        for (int i = 0; i < five.size(); i++) {
            assertThat(after.get(five.get(i))).contains(Integer.toString(700 + 10 * kind.ordinal() + i));
        }

        String refused = "PRE01011";
        String accepted = "PRE01012";
        mappings.publish(mappings.saveDraft(profile, "stock", """
                extends: cegid-xrp-flex/%s/stock
                %srules:
                  - name: a value the shop refuses, for one item only
                    when: sku == '%s'
                    set:
                      %s: "'%s'"
                """.formatted(kind.type, TWENTY_ITEMS, refused, refusedField, refusedValue), "test").id());
        erp().setStock(refused, firstWarehouse(refused), BigDecimal.valueOf(801 + 10 * kind.ordinal()));
        erp().setStock(accepted, firstWarehouse(accepted), BigDecimal.valueOf(802 + 10 * kind.ordinal()));
        String refusedBefore = kind.stock(shop, refused);

        RunSummary partial = run(profile, "stock", kind);

        assertThat(partial.failed()).as(partial.describe()).isEqualTo(1);
        assertThat(partial.updated()).isEqualTo(1);
        assertThat(partial.status()).isEqualTo(RunSummary.Status.PARTIAL);
        assertThat(kind.stock(shop, accepted)).contains(Integer.toString(802 + 10 * kind.ordinal()));
        assertThat(kind.stock(shop, refused)).isEqualTo(refusedBefore);
    }
}
