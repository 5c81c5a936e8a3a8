package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxApp;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
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
    @DisplayName("STK-1, STK-4: stock sent once, then only the moved quantities; a refused record fails alone")
    void stockIsSentOnceThenOnlyTheMovedQuantitiesAndARefusedRecordFailsAlone(E2EShop kind, String refusedField,
            String refusedValue) {
        long profile = ownShopWithTwentyProducts(kind, "stock");
        String shopId = shopId(kind, "stock");
        SandboxApp shop = app(shopId);

        RunSummary first = firstRunThenNoChange(profile, "stock", kind, shopId);

        assertThat(first.updated()).isEqualTo(TWENTY_SKUS.size());
        // the shops share the ERP: each shop's run gets quantities of its own to see
        List<String> five = List.of("PRE01003", "PRE01004", "PRE01010", "PRE01015", "PRE01017");
        for (int i = 0; i < five.size(); i++) {
            erp().setStock(five.get(i), firstWarehouse(five.get(i)), BigDecimal.valueOf(700 + 10 * kind.ordinal() + i));
        }
        Map<String, String> before = snapshot(TWENTY_SKUS, sku -> kind.stock(shop, sku));

        RunSummary next = run(profile, "stock", kind);

        assertThat(next.updated()).as(next.describe()).isEqualTo(5);
        Map<String, String> after = snapshot(TWENTY_SKUS, sku -> kind.stock(shop, sku));
        assertThat(changed(before, after)).as("the products whose stock changed in the shop")
                .containsExactlyInAnyOrderElementsOf(five);
        for (int i = 0; i < five.size(); i++) {
            assertThat(after.get(five.get(i))).contains(Integer.toString(700 + 10 * kind.ordinal() + i));
        }

        String refused = "PRE01011";
        String accepted = "PRE01012";
        publishWithRule(profile, kind, "stock", TWENTY_ITEMS, "sku == '" + refused + "'", refusedField, refusedValue);
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
