package fr.passerelle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.sandbox.shop.prestashop.PrestaShopSandbox;
import fr.passerelle.sandbox.shop.shopify.ShopifySandbox;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each shop sandbox's own record shapes become the sandbox page's common rows. */
class ShopViewsTest {

    @Test
    void wooCommerceOrdersCustomersAndProducts() {
        WooCommerceSandbox woo = new WooCommerceSandbox();
        woo.seedOrders(3);

        SandboxSnapshot snapshot = ShopViews.of(woo);

        assertThat(snapshot.products()).singleElement().satisfies(p -> {
            assertThat(p.sku()).isEqualTo("DEMO-1");
            assertThat(p.price()).isEqualByComparingTo("10.00");
        });
        assertThat(snapshot.customers()).hasSize(3).allSatisfy(c -> assertThat(c.email()).endsWith("@example.fr"));
        assertThat(snapshot.orders()).hasSize(3).allSatisfy(o -> {
            assertThat(o.number()).isNotBlank();
            assertThat(o.date()).isNotNull();
            assertThat(o.total()).isPositive();
        });
    }

    @Test
    void prestaShopAndShopifyOrders() {
        PrestaShopSandbox presta = new PrestaShopSandbox();
        presta.seedOrders(2);
        ShopifySandbox shopify = new ShopifySandbox();
        shopify.seedOrders(2);

        assertThat(ShopViews.of(presta).orders()).hasSize(2).allSatisfy(o -> assertThat(o.total()).isPositive());
        assertThat(ShopViews.of(shopify).orders()).hasSize(2).allSatisfy(o -> {
            assertThat(o.number()).startsWith("#");
            assertThat(o.total()).isPositive();
            assertThat(o.date()).isNotNull();
        });
    }

    @Test
    void prestaShopMultilingualTextShowsTheFirstLanguage() {
        assertThat(ShopViews.text(Map.of("1", "Chemise", "2", "Shirt"))).isEqualTo("Chemise");
        assertThat(ShopViews.decimal("19.900000")).isEqualByComparingTo(new BigDecimal("19.9"));
        assertThat(ShopViews.decimal("")).isNull();
        assertThat(ShopViews.date("2026-11-28 10:15:00")).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(ShopViews.date("2026-11-28T10:15:00Z")).isEqualTo(LocalDate.of(2026, 11, 28));
    }
}
