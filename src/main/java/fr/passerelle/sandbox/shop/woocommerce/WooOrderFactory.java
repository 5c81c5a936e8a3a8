package fr.passerelle.sandbox.shop.woocommerce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds orders shaped like the "Retrieve an order" example of the WooCommerce REST docs: lines
 * with taxes, a 20% VAT tax line, a flat-rate shipping line, a coupon on every fifth order, a
 * paid bank-transfer or card payment. Deterministic, so tests can assert on totals.
 */
final class WooOrderFactory {

    private static final BigDecimal VAT = new BigDecimal("0.20");

    private WooOrderFactory() {
    }

    static Map<String, @Nullable Object> order(int n, long customerId, String sku, long productId) {
        BigDecimal unit = new BigDecimal(10 + n % 7).setScale(2);
        BigDecimal qty = BigDecimal.valueOf(1 + n % 3);
        BigDecimal subtotal = unit.multiply(qty).setScale(2);
        BigDecimal discount = n % 5 == 0 ? new BigDecimal("5.00") : BigDecimal.ZERO.setScale(2);
        BigDecimal lineTotal = subtotal.subtract(discount);
        BigDecimal lineTax = lineTotal.multiply(VAT).setScale(2, RoundingMode.HALF_UP);
        BigDecimal shipping = new BigDecimal("6.90");
        BigDecimal shippingTax = shipping.multiply(VAT).setScale(2, RoundingMode.HALF_UP);
        BigDecimal totalTax = lineTax.add(shippingTax);
        BigDecimal total = lineTotal.add(shipping).add(totalTax);
        String created = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1000 - n % 1000).truncatedTo(ChronoUnit.SECONDS).toString();

        Map<String, @Nullable Object> o = new LinkedHashMap<>();
        o.put("status", n % 4 == 0 ? "on-hold" : "processing");
        o.put("currency", "EUR");
        o.put("prices_include_tax", false);
        o.put("date_created_gmt", created);
        o.put("discount_total", money(discount));
        o.put("discount_tax", "0.00");
        o.put("shipping_total", money(shipping));
        o.put("shipping_tax", money(shippingTax));
        o.put("cart_tax", money(lineTax));
        o.put("total", money(total));
        o.put("total_tax", money(totalTax));
        o.put("customer_id", BigDecimal.valueOf(customerId));
        o.put("order_key", "wc_order_" + Long.toHexString(0x5a5a00L + n));
        Map<String, @Nullable Object> billing = WooSales.address(true);
        billing.putAll(Map.of("first_name", "Client", "last_name", "N" + n, "address_1", n + " rue de la Paix",
                "city", "Lyon", "postcode", "69002", "country", "FR", "email", "client" + n + "@example.fr",
                "phone", "0600000000"));
        o.put("billing", billing);
        Map<String, @Nullable Object> shippingAddress = WooSales.address(false);
        shippingAddress.putAll(Map.of("first_name", "Client", "last_name", "N" + n, "address_1", n + " rue de la Paix",
                "city", "Lyon", "postcode", "69002", "country", "FR"));
        o.put("shipping", shippingAddress);
        boolean card = n % 2 == 0;
        o.put("payment_method", card ? "stripe" : "bacs");
        o.put("payment_method_title", card ? "Credit card" : "Direct bank transfer");
        o.put("transaction_id", card ? "ch_" + (100000 + n) : "");
        o.put("date_paid_gmt", card ? created : null);
        o.put("customer_note", "");
        o.put("line_items", List.of(line(n, sku, productId, qty, unit, subtotal, lineTotal, lineTax)));
        o.put("tax_lines", List.of(map("id", BigDecimal.valueOf(n * 10L + 2), "rate_code", "FR-TVA-1", "rate_id",
                BigDecimal.ONE, "label", "TVA", "compound", false, "tax_total", money(lineTax), "shipping_tax_total",
                money(shippingTax), "rate_percent", new BigDecimal(20))));
        o.put("shipping_lines", List.of(map("id", BigDecimal.valueOf(n * 10L + 3), "method_title", "Flat rate",
                "method_id", "flat_rate", "total", money(shipping), "total_tax", money(shippingTax), "taxes",
                List.of(map("id", BigDecimal.ONE, "total", money(shippingTax), "subtotal", "")))));
        o.put("fee_lines", new ArrayList<>());
        o.put("coupon_lines", discount.signum() > 0
                ? List.of(map("id", BigDecimal.valueOf(n * 10L + 4), "code", "bienvenue", "discount", money(discount),
                        "discount_tax", "0.00"))
                : new ArrayList<>());
        o.put("refunds", new ArrayList<>());
        return o;
    }

    private static Map<String, @Nullable Object> line(int n, String sku, long productId, BigDecimal qty, BigDecimal unit,
            BigDecimal subtotal, BigDecimal total, BigDecimal tax) {
        Map<String, @Nullable Object> line = map("id", BigDecimal.valueOf(n * 10L + 1), "name", "Article " + sku,
                "product_id", BigDecimal.valueOf(productId), "variation_id", BigDecimal.ZERO, "quantity", qty,
                "tax_class", "", "subtotal", money(subtotal), "subtotal_tax", money(subtotal.multiply(VAT)
                        .setScale(2, RoundingMode.HALF_UP)), "total", money(total), "total_tax", money(tax));
        line.put("taxes", List.of(map("id", BigDecimal.ONE, "total", money(tax), "subtotal",
                money(subtotal.multiply(VAT).setScale(2, RoundingMode.HALF_UP)))));
        line.put("meta_data", new ArrayList<>());
        line.put("sku", sku);
        line.put("price", unit);
        return line;
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static Map<String, @Nullable Object> map(Object... pairs) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
