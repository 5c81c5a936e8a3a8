package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxApp;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import fr.passerelle.sandbox.shop.prestashop.PrestaShopSandbox;
import fr.passerelle.sandbox.shop.shopify.ShopifySandbox;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

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

    /** Whether the shop offers the product: WooCommerce published, PrestaShop active, Shopify ACTIVE. */
    private static boolean offered(E2EShop kind, SandboxApp shop, String sku) {
        return switch (kind) {
            case WOOCOMMERCE -> "publish".equals(E2EShop.text(((WooCommerceSandbox) shop).productBySku(sku).orElseThrow().get("status")));
            case PRESTASHOP -> "1".equals(E2EShop.text(((PrestaShopSandbox) shop).productByReference(sku).orElseThrow().get("active")));
            case SHOPIFY -> "ACTIVE".equals(E2EShop.text(((ShopifySandbox) shop).productBySku(sku).orElseThrow().get("status")));
        };
    }

    /** What the shop holds for one SKU: a quantity, or Shopify's quantity at each of its two locations. */
    private static String expected(E2EShop kind, int paris, int lyon, int single) {
        return kind == E2EShop.SHOPIFY ? "Boutique Paris " + paris + ", Entrepôt Lyon " + lyon : Integer.toString(single);
    }

    /**
     * The profile picks the warehouses: one (PARIS), then the sum of two (PARIS + LYON; on Shopify,
     * per location: Boutique Paris = PARIS, Entrepôt Lyon = LYON + MARSEILLE), then with a safety
     * stock; an item without any warehouse line gets the default quantity; with
     * stock.deactivateWhenOut an item out of stock is deactivated, and reactivated when it is back.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(E2EShop.class)
    @DisplayName("STK-1 STK-2 STK-5 STK-7: one warehouse, the sum of two or per location, safety stock, non-stock item, off when out")
    void warehousesSafetyStockNonStockItemsAndDeactivationFollowTheProfile(E2EShop kind) {
        boolean shopify = kind == E2EShop.SHOPIFY;
        String suffix = "stock-warehouses";
        long profile = ownShop(kind, suffix, shopify ? Map.of("stock.locations", "Boutique Paris=PARIS")
                : Map.of("stock.warehouses", "PARIS"), Map.of("products",
                TWENTY_ITEMS + (kind == E2EShop.PRESTASHOP ? NO_PHOTOS : ""), "stock", TWENTY_ITEMS));
        assertThat(run(profile, "products", kind).created()).isEqualTo(TWENTY_SKUS.size());
        SandboxApp shop = app(shopId(kind, suffix));
        String summed = "PRE01006";
        String nonStock = "PRE01007";
        String runsOut = TWENTY_SKUS.stream().filter(s -> s.compareTo("PRE01013") > 0).filter(s -> "Active".equals(
                erp().record("StockItem", s).orElseThrow().path("ItemStatus").path("value").asString())).findFirst().orElseThrow();
        int base = 100 * (kind.ordinal() + 1);
        erp().setStock(summed, "PARIS", BigDecimal.valueOf(base + 10));
        erp().setStock(summed, "LYON", BigDecimal.valueOf(5));
        erp().setStock(summed, "MARSEILLE", BigDecimal.valueOf(3));

        RunSummary one = run(profile, "stock", kind);

        assertThat(one.failed()).as(one.describe()).isZero();
        // on Shopify only Boutique Paris is fed so far: Entrepôt Lyon keeps what the products flow left
        assertThat(kind.stock(shop, summed)).as("one warehouse").startsWith(shopify ? "Boutique Paris " + (base + 10) + ","
                : Integer.toString(base + 10));

        if (shopify) {
            profiles.putSetting(profile, "stock.locations", "Boutique Paris=PARIS; Entrepôt Lyon=LYON,MARSEILLE");
        } else {
            profiles.putSetting(profile, "stock.warehouses", "PARIS, LYON");
        }
        RunSummary two = run(profile, "stock", kind);

        assertThat(two.failed()).as(two.describe()).isZero();
        assertThat(kind.stock(shop, summed)).as("the sum of two warehouses (per location on Shopify)")
                .isEqualTo(expected(kind, base + 10, 8, base + 15));

        profiles.putSetting(profile, "stock.safety", "2");
        profiles.putSetting(profile, "stock.untrackedQuantity", "40");
        profiles.putSetting(profile, "stock.deactivateWhenOut", "true");
        erp().clearStock(nonStock);
        for (String warehouse : List.of("PARIS", "LYON", "MARSEILLE")) {
            erp().setStock(runsOut, warehouse, BigDecimal.ZERO);
        }
        assertThat(offered(kind, shop, runsOut)).as("offered before it runs out").isTrue();

        RunSummary safety = run(profile, "stock", kind);

        assertThat(safety.failed()).as(safety.describe()).isZero();
        assertThat(kind.stock(shop, summed)).as("less the safety stock").isEqualTo(expected(kind, base + 8, 6, base + 13));
        assertThat(kind.stock(shop, nonStock)).as("an item the ERP tracks no stock for").isEqualTo(expected(kind, 40, 40, 40));
        assertThat(kind.stock(shop, runsOut)).isEqualTo(expected(kind, 0, 0, 0));
        assertThat(offered(kind, shop, runsOut)).as("deactivated when out of stock").isFalse();
        assertThat(offered(kind, shop, summed)).as("an item in stock stays offered").isTrue();

        erp().setStock(runsOut, "PARIS", BigDecimal.valueOf(9));
        RunSummary back = run(profile, "stock", kind);

        assertThat(back.failed()).as(back.describe()).isZero();
        assertThat(back.updated()).as("only the item back in stock").isEqualTo(1);
        assertThat(kind.stock(shop, runsOut)).isEqualTo(expected(kind, 7, 0, 7));
        assertThat(offered(kind, shop, runsOut)).as("reactivated when back in stock").isTrue();
    }
}
