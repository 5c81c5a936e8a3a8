package fr.passerelle.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * WooCommerce orders shaped like the REST API's (texts for money, numbers for ids and quantities):
 * one to six product lines (about one in ten a zero-quantity gift line) at 20% or 5.5% VAT, and a
 * shipping line; seeded, so every run maps the same orders.
 */
final class OrderGenerator {

    private static final String[] METHODS = {"flat_rate", "free_shipping", "local_pickup"};

    private OrderGenerator() {
    }

    static List<Map<String, Object>> orders(int count) {
        Random random = new Random(20261202);
        List<Map<String, Object>> orders = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            orders.add(order(random, 10_000 + n));
        }
        return orders;
    }

    private static Map<String, Object> order(Random random, int number) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("id", BigDecimal.valueOf(number));
        order.put("number", String.valueOf(number));
        order.put("status", "processing");
        order.put("currency", "EUR");
        order.put("prices_include_tax", random.nextInt(4) == 0);
        order.put("date_created_gmt", "2026-11-" + String.format("%02d", 1 + random.nextInt(28)) + "T"
                + String.format("%02d", random.nextInt(24)) + ":15:00");
        order.put("billing", Map.of("first_name", "Client", "last_name", "N" + number, "email", "client" + number + "@example.fr",
                "address_1", number + " rue de la Paix", "city", "Lyon", "postcode", "69002", "country", "FR"));
        order.put("shipping", Map.of("first_name", "Client", "last_name", "N" + number, "address_1", number + " rue de la Paix",
                "city", "Lyon", "postcode", "69002", "country", "FR"));
        order.put("tax_lines", List.of(
                Map.of("id", BigDecimal.valueOf(number * 10L + 1), "rate_id", BigDecimal.ONE, "rate_code", "FR-TVA-1",
                        "rate_percent", new BigDecimal("20")),
                Map.of("id", BigDecimal.valueOf(number * 10L + 2), "rate_id", BigDecimal.valueOf(2), "rate_code", "FR-TVA-2",
                        "rate_percent", new BigDecimal("5.5"))));
        List<Map<String, Object>> lines = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            boolean gift = random.nextInt(10) == 0;
            BigDecimal quantity = BigDecimal.valueOf(gift ? 0 : 1 + random.nextInt(5));
            BigDecimal unit = BigDecimal.valueOf(199 + random.nextInt(20_000), 2);
            BigDecimal total = unit.multiply(quantity).setScale(2, RoundingMode.HALF_UP);
            boolean reduced = random.nextInt(4) == 0;
            BigDecimal tax = total.multiply(reduced ? new BigDecimal("0.055") : new BigDecimal("0.2")).setScale(2, RoundingMode.HALF_UP);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", BigDecimal.valueOf(number * 100L + i));
            line.put("name", "Article " + (1000 + random.nextInt(9000)));
            line.put("sku", "ART-" + (1000 + random.nextInt(9000)));
            line.put("product_id", BigDecimal.valueOf(random.nextInt(5000)));
            line.put("quantity", quantity);
            line.put("subtotal", total.toPlainString());
            line.put("total", total.toPlainString());
            line.put("total_tax", tax.toPlainString());
            line.put("taxes", List.of(Map.of("id", BigDecimal.valueOf(reduced ? 2 : 1), "total", tax.toPlainString(), "subtotal",
                    tax.toPlainString())));
            line.put("price", unit);
            lines.add(line);
        }
        order.put("line_items", lines);
        String method = METHODS[random.nextInt(METHODS.length)];
        String shipping = method.equals("flat_rate") ? "5.90" : "0.00";
        order.put("shipping_lines", List.of(Map.of("id", BigDecimal.valueOf(number * 10L + 9), "method_id", method,
                "method_title", method.replace('_', ' '), "total", shipping, "total_tax", "0.00",
                "taxes", List.of(Map.of("id", BigDecimal.ONE, "total", "0.00")))));
        return order;
    }
}
