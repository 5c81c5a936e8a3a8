package fr.passerelle.ui;

import fr.passerelle.sandbox.shop.prestashop.PrestaShopSandbox;
import fr.passerelle.sandbox.shop.shopify.ShopifySandbox;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns each shop sandbox's records (shaped like its real API: WooCommerce snake_case JSON,
 * PrestaShop's multilingual fields, Shopify's GraphQL objects) into the page's common rows.
 */
final class ShopViews {

    private ShopViews() {
    }

    static SandboxSnapshot of(WooCommerceSandbox woo) {
        var products = woo.products().stream().map(p -> new SandboxSnapshot.Product(text(p.get("sku")),
                text(p.get("name")), text(p.get("status")), decimal(p.get("regular_price")),
                integer(p.get("stock_quantity")))).toList();
        var customers = woo.customers().stream().map(c -> new SandboxSnapshot.Customer(text(c.get("email")),
                join(c.get("first_name"), c.get("last_name")), date(c.get("date_created")))).toList();
        var orders = woo.orders().stream().map(o -> new SandboxSnapshot.Order(text(first(o.get("number"), o.get("id"))),
                date(first(o.get("date_created"), o.get("date_created_gmt"))), text(o.get("status")),
                text(map(o.get("billing")).get("email")), decimal(o.get("total")))).toList();
        return new SandboxSnapshot("woocommerce", products, customers, orders);
    }

    static SandboxSnapshot of(PrestaShopSandbox presta) {
        var products = presta.records("products").stream().map(p -> {
            String reference = text(p.get("reference"));
            return new SandboxSnapshot.Product(reference, text(p.get("name")),
                    "1".equals(text(p.get("active"))) ? "active" : "inactive", decimal(p.get("price")),
                    presta.quantity(reference));
        }).toList();
        var customers = presta.records("customers").stream().map(c -> new SandboxSnapshot.Customer(
                text(c.get("email")), join(c.get("firstname"), c.get("lastname")), date(c.get("date_add")))).toList();
        var orders = presta.records("orders").stream().map(o -> new SandboxSnapshot.Order(text(o.get("reference")),
                date(o.get("date_add")), text(o.get("current_state")), text(o.get("id_customer")),
                decimal(o.get("total_paid")))).toList();
        return new SandboxSnapshot("prestashop", products, customers, orders);
    }

    static SandboxSnapshot of(ShopifySandbox shopify) {
        var products = shopify.products().stream().map(p -> {
            List<?> variants = p.get("variants") instanceof List<?> list ? list : List.of();
            Map<?, ?> firstVariant = variants.isEmpty() ? Map.of() : map(variants.getFirst());
            return new SandboxSnapshot.Product(text(firstVariant.get("sku")), text(p.get("title")),
                    text(p.get("status")), decimal(firstVariant.get("price")), integer(p.get("totalInventory")));
        }).toList();
        var customers = shopify.customers().stream().map(c -> new SandboxSnapshot.Customer(text(c.get("email")),
                join(c.get("firstName"), c.get("lastName")), date(c.get("createdAt")))).toList();
        var orders = shopify.orders().stream().map(o -> new SandboxSnapshot.Order(text(o.get("name")),
                date(o.get("createdAt")), text(o.get("displayFinancialStatus")), text(o.get("email")),
                decimal(map(map(o.get("totalPriceSet")).get("shopMoney")).get("amount")))).toList();
        return new SandboxSnapshot("shopify", products, customers, orders);
    }

    /** PrestaShop's multilingual fields hold one value per language id: the first language is shown. */
    static String text(@Nullable Object value) {
        if (value instanceof Map<?, ?> languages) {
            Object first = languages.containsKey("1") ? languages.get("1")
                    : languages.values().stream().findFirst().orElse(null);
            return text(first);
        }
        return value == null ? "" : value.toString();
    }

    static @Nullable BigDecimal decimal(@Nullable Object value) {
        if (value instanceof BigDecimal number) {
            return number;
        }
        String text = text(value).trim();
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static @Nullable Integer integer(@Nullable Object value) {
        BigDecimal number = decimal(value);
        return number == null ? null : number.intValue();
    }

    /** The calendar day of the shop's own timestamp ("2026-11-28T10:00:00", "2026-11-28 10:00:00", "...Z"). */
    static @Nullable LocalDate date(@Nullable Object value) {
        String text = text(value);
        try {
            return text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<?, ?> map(@Nullable Object value) {
        return value instanceof Map<?, ?> map ? map : Map.of();
    }

    private static @Nullable Object first(@Nullable Object preferred, @Nullable Object fallback) {
        return preferred == null || text(preferred).isEmpty() ? fallback : preferred;
    }

    private static String join(@Nullable Object... parts) {
        return String.join(" ", java.util.Arrays.stream(parts).map(ShopViews::text).filter(s -> !s.isBlank()).toList());
    }
}
