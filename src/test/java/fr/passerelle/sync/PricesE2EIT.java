package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxApp;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import fr.passerelle.sandbox.erp.TaxRates;
import fr.passerelle.sandbox.shop.ShopJson;
import fr.passerelle.sandbox.shop.prestashop.PrestaShopSandbox;
import fr.passerelle.sandbox.shop.shopify.ShopifySandbox;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import java.math.RoundingMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The prices flow (PRC-2) on each shop over HTTP, each on an empty shop of its own with 20 PRESSE
 * items: the first run prices every product, a re-run writes nothing, five prices changed in the
 * ERP are exactly the five that change in the shop, and a price the shop refuses (negative, from
 * a consultant's rule for one item) fails alone while the other change of the run goes through.
 */
@StudioIntegrationTest
class PricesE2EIT extends OwnShopE2E {

    private static BigDecimal decimal(String price) {
        return new BigDecimal(price).stripTrailingZeros();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"WOOCOMMERCE, regular_price", "PRESTASHOP, price", "SHOPIFY, price"})
    @DisplayName("PRC-2: prices sent once, then only the changed ones; a refused price fails alone")
    void pricesAreSentOnceThenOnlyTheChangedOnesAndARefusedPriceFailsAlone(E2EShop kind, String priceField) {
        long profile = ownShopWithTwentyProducts(kind, "prices");
        String shopId = shopId(kind, "prices");
        SandboxApp shop = app(shopId);

        RunSummary first = firstRunThenNoChange(profile, "prices", kind, shopId);

        assertThat(first.updated()).isEqualTo(TWENTY_SKUS.size());
        // the shops share the ERP: each shop's run gets prices of its own to see
        List<String> five = List.of("PRE01002", "PRE01005", "PRE01006", "PRE01013", "PRE01019");
        for (int i = 0; i < five.size(); i++) {
            erp().changeItem(five.get(i), "DefaultPrice", new BigDecimal("4" + kind.ordinal() + "." + i + "5"));
        }
        Map<String, String> before = snapshot(TWENTY_SKUS, sku -> Objects.toString(kind.price(shop, sku)));

        RunSummary next = run(profile, "prices", kind);

        assertThat(next.updated()).as(next.describe()).isEqualTo(5);
        Map<String, String> after = snapshot(TWENTY_SKUS, sku -> Objects.toString(kind.price(shop, sku)));
        assertThat(changed(before, after)).as("the products whose price changed in the shop")
                .containsExactlyInAnyOrderElementsOf(five);
        for (int i = 0; i < five.size(); i++) {
            assertThat(decimal(after.get(five.get(i)))).isEqualTo(decimal("4" + kind.ordinal() + "." + i + "5"));
        }

        String refused = "PRE01008";
        String accepted = "PRE01009";
        publishWithRule(profile, kind, "prices", TWENTY_ITEMS, "sku == '" + refused + "'", priceField, "-1.00");
        erp().changeItem(refused, "DefaultPrice", new BigDecimal("6" + kind.ordinal() + ".10"));
        erp().changeItem(accepted, "DefaultPrice", new BigDecimal("6" + kind.ordinal() + ".20"));
        String refusedBefore = kind.price(shop, refused);

        RunSummary partial = run(profile, "prices", kind);

        assertThat(partial.failed()).as(partial.describe()).isEqualTo(1);
        assertThat(partial.updated()).isEqualTo(1);
        assertThat(partial.status()).isEqualTo(RunSummary.Status.PARTIAL);
        assertThat(decimal(kind.price(shop, accepted))).isEqualTo(decimal("6" + kind.ordinal() + ".20"));
        assertThat(kind.price(shop, refused)).isEqualTo(refusedBefore);
    }

    /** The purchase price the shop keeps: WooCommerce's Cost of Goods meta, PrestaShop's wholesale price, Shopify's unit cost. */
    private static String purchasePrice(E2EShop kind, SandboxApp shop, String sku) {
        return switch (kind) {
            case WOOCOMMERCE -> ShopJson.list(((WooCommerceSandbox) shop).productBySku(sku).orElseThrow().get("meta_data")).stream()
                    .map(ShopJson::object).filter(m -> "_purchase_price".equals(m.get("key"))).map(m -> E2EShop.text(m.get("value")))
                    .findFirst().orElse("");
            case PRESTASHOP -> E2EShop.text(((PrestaShopSandbox) shop).productByReference(sku).orElseThrow().get("wholesale_price"));
            case SHOPIFY -> E2EShop.text(ShopJson.object(((ShopifySandbox) shop).variantBySku(sku).orElseThrow()
                    .get("inventoryItem")).get("cost"));
        };
    }

    /**
     * HT by default; with prices.includeTax=true, TTC from the rate of the item's VAT category as
     * the ERP's TaxCategory gives it (WooCommerce, Shopify); PrestaShop's webservice takes prices
     * excluding tax only, so it keeps the HT price and its tax rules group. The purchase price goes
     * where each shop keeps one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"WOOCOMMERCE", "PRESTASHOP", "SHOPIFY"})
    @DisplayName("PRC-1 PRC-2: HT and TTC prices from the VAT category's rate, and the purchase price")
    void pricesAreSentHtOrTtcByTheProfileWithThePurchasePrice(E2EShop kind) {
        String suffix = "prices-tax";
        long profile = ownShop(kind, suffix, Map.of(), Map.of("products",
                TWENTY_ITEMS + (kind == E2EShop.PRESTASHOP ? NO_PHOTOS : ""), "prices", TWENTY_ITEMS));
        assertThat(run(profile, "products", kind).created()).isEqualTo(TWENTY_SKUS.size());
        SandboxApp shop = app(shopId(kind, suffix));

        RunSummary ht = run(profile, "prices", kind);

        assertThat(ht.failed()).as(ht.describe()).isZero();
        for (String sku : TWENTY_SKUS) {
            var item = erp().record("StockItem", sku).orElseThrow();
            BigDecimal price = item.path("DefaultPrice").path("value").decimalValue();
            assertThat(decimal(kind.price(shop, sku))).as("HT price of " + sku).isEqualTo(price.stripTrailingZeros());
            assertThat(decimal(purchasePrice(kind, shop, sku))).as("purchase price of " + sku)
                    .isEqualTo(item.path("LastCost").path("value").decimalValue().stripTrailingZeros());
        }

        profiles.putSetting(profile, "prices.includeTax", "true");
        RunSummary ttc = run(profile, "prices", kind);

        assertThat(ttc.failed()).as(ttc.describe()).isZero();
        for (String sku : TWENTY_SKUS) {
            var item = erp().record("StockItem", sku).orElseThrow();
            BigDecimal price = item.path("DefaultPrice").path("value").decimalValue();
            BigDecimal rate = TaxRates.RATES.get(item.path("TaxCategory").path("value").asString());
            BigDecimal withTax = price.multiply(BigDecimal.ONE.add(rate.movePointLeft(2))).setScale(2, RoundingMode.HALF_UP);
            assertThat(decimal(kind.price(shop, sku))).as((kind == E2EShop.PRESTASHOP ? "HT" : "TTC") + " price of " + sku)
                    .isEqualTo((kind == E2EShop.PRESTASHOP ? price : withTax).stripTrailingZeros());
        }
        if (kind == E2EShop.PRESTASHOP) {
            assertThat(ttc.writes()).as("PrestaShop keeps HT prices: nothing to change").isZero();
        } else {
            assertThat(ttc.updated()).as(ttc.describe()).isEqualTo(TWENTY_SKUS.size());
        }
    }

    /** WooCommerce: the Customer Specific Pricing entries of a product's meta, as "who=price" lines. */
    private static List<String> cspEntries(SandboxApp shop, String sku, String meta, String who) {
        return ShopJson.list(((WooCommerceSandbox) shop).productBySku(sku).orElseThrow().get("meta_data")).stream()
                .map(ShopJson::object).filter(m -> meta.equals(m.get("key"))).flatMap(m -> ShopJson.list(m.get("value")).stream())
                .map(ShopJson::object).map(e -> E2EShop.text(e.get(who)) + "=" + decimal(E2EShop.text(e.get("price"))).toPlainString())
                .toList();
    }

    /** PrestaShop: the product's specific prices, as "group/customer=price from..to" lines. */
    private static List<String> specificPrices(SandboxApp shop, String sku) {
        PrestaShopSandbox ps = (PrestaShopSandbox) shop;
        String product = E2EShop.text(ps.productByReference(sku).orElseThrow().get("id"));
        return ps.records("specific_prices").stream().filter(sp -> product.equals(E2EShop.text(sp.get("id_product"))))
                .map(sp -> E2EShop.text(sp.get("id_group")) + "/" + E2EShop.text(sp.get("id_customer")) + "="
                        + decimal(E2EShop.text(sp.get("price"))).toPlainString() + " from " + E2EShop.text(sp.get("from")))
                .toList();
    }

    /**
     * Group prices per customer price class (PRC-5) and per-customer prices (PRC-6) come from a
     * released price worksheet of the ERP, with their dates: PrestaShop specific prices for the
     * shop's group and customer, WooCommerce Customer Specific Pricing entries; a re-run writes
     * nothing; the worksheet's prices ending in the ERP (an expiration date passed) ends them in the shop.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"WOOCOMMERCE", "PRESTASHOP"})
    @DisplayName("PRC-5 PRC-6: group and per-customer prices from the ERP's price worksheets, with their dates, and one ending")
    void groupAndCustomerPricesComeFromTheWorksheetsAndEndWithThem(E2EShop kind) {
        String suffix = "prices-sheets";
        boolean woo = kind == E2EShop.WOOCOMMERCE;
        String groupItem = woo ? "PRE01003" : "PRE01014";
        String customerItem = woo ? "PRE01004" : "PRE01016";
        String customerId = java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(n -> "C%05d".formatted(n))
                .filter(c -> { var r = erp().record("Customer", c).orElseThrow();
                    return "REVENDEUR".equals(r.path("PriceClassID").path("value").asString())
                            && "Active".equals(r.path("Status").path("value").asString()); })
                .findFirst().orElseThrow();
        long profile = ownShop(kind, suffix, Map.of(), Map.of("products", TWENTY_ITEMS + (woo ? "" : NO_PHOTOS),
                "customer-groups", "", "customers", "erpFilter: \"CustomerID eq '" + customerId + "'\"\n", "prices", TWENTY_ITEMS));
        SandboxApp shop = app(shopId(kind, suffix));
        for (String flow : List.of("products", "customer-groups", "customers")) {
            RunSummary summary = run(profile, flow, kind);
            assertThat(summary.failed()).as(summary.describe()).isZero();
        }
        String sheet = "PWT-" + kind.type;
        String effective = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(3).toString();
        erp().addPriceWorksheet(sheet, effective, List.of(
                new String[] {"Customer Price Class", "REVENDEUR", groupItem, "0", "3.33"},
                new String[] {"Customer", customerId, customerItem, "0", "2.22"}));

        RunSummary first = run(profile, "prices", kind);

        assertThat(first.failed()).as(first.describe()).isZero();
        String email = kind.customers(shop).stream().filter(c -> c.code().equals(customerId)).findFirst().orElseThrow().email();
        if (woo) {
            assertThat(cspEntries(shop, groupItem, "_wdm_csp_group_prices", "group")).contains("REVENDEUR=3.33");
            assertThat(cspEntries(shop, customerItem, "_wdm_csp_customer_prices", "email")).containsExactly(email + "=2.22");
        } else {
            PrestaShopSandbox ps = (PrestaShopSandbox) shop;
            String group = ps.records("groups").stream().filter(g -> E2EShop.text(g.get("name")).contains(erp()
                    .record("CustomerPriceClass", "REVENDEUR").orElseThrow().path("Description").path("value").asString()))
                    .map(g -> E2EShop.text(g.get("id"))).findFirst().orElseThrow();
            String customer = E2EShop.text(kind.customers(shop).stream().filter(c -> c.code().equals(customerId)).findFirst()
                    .orElseThrow().record().get("id"));
            assertThat(specificPrices(shop, groupItem)).contains(group + "/0=3.33 from " + effective + " 00:00:00");
            assertThat(specificPrices(shop, customerItem)).containsExactly("0/" + customer + "=2.22 from " + effective + " 00:00:00");
        }
        host.log(shopId(kind, suffix)).clear();
        RunSummary again = run(profile, "prices", kind);
        assertThat(again.writes()).as("a re-run with no change").isZero();
        assertThat(host.log(shopId(kind, suffix)).writes()).isZero();

        erp().changeRecord("SalesPriceWorksheet", sheet, "ExpirationDate",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1) + "T00:00:00");
        RunSummary ended = run(profile, "prices", kind);

        assertThat(ended.failed()).as(ended.describe()).isZero();
        assertThat(ended.updated()).as("the two items whose prices ended").isEqualTo(2);
        if (woo) {
            assertThat(cspEntries(shop, groupItem, "_wdm_csp_group_prices", "group")).doesNotContain("REVENDEUR=3.33");
            assertThat(cspEntries(shop, customerItem, "_wdm_csp_customer_prices", "email")).isEmpty();
        } else {
            assertThat(specificPrices(shop, groupItem)).noneMatch(p -> p.endsWith("=3.33 from " + effective + " 00:00:00"));
            assertThat(specificPrices(shop, customerItem)).isEmpty();
        }
    }
}
