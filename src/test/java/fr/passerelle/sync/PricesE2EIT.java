package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxApp;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
}
