package fr.passerelle.sync;

import fr.passerelle.sandbox.erp.ErpSandbox;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 50 web orders of the import end-to-end tests, shop-agnostic: mixed VAT (20, 10, 5.5, 2.1),
 * line discounts, coupons, fees, shipping, variant lines, two currencies, repeat customers, one
 * customer the ERP already has (found by e-mail), delivery addresses unlike the billing ones. Each
 * shop's test turns them into its API's shape. The shop rounds VAT per line, the ERP per rate on
 * the document: {@link #erpTotal} is what the ERP sandbox computes, and order 1 is made so that
 * the two differ by one cent (the classic payment difference, PAY-5).
 */
final class ImportOrders {

    /** One product line: what the shop sells, before and after its discounts. */
    record Line(String sku, String name, int quantity, BigDecimal unit, BigDecimal rate, BigDecimal discount) {

        BigDecimal subtotal() {
            return unit.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
        }

        BigDecimal total() {
            return subtotal().subtract(discount);
        }

        BigDecimal tax() {
            return ImportOrders.tax(total(), rate);
        }
    }

    /** One order; {@code coupon} is the part of the discounts that came from a coupon code (already in the lines). */
    record Order(int n, String currency, String email, long customerId, String lastName, List<Line> lines,
            BigDecimal fee, BigDecimal shipping, String carrier, BigDecimal coupon, String payment) {

        BigDecimal ht() {
            return lines.stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add).add(fee).add(shipping);
        }

        /** The shop's tax: per line, then the fee and the shipping (20 %). */
        BigDecimal shopTax() {
            return lines.stream().map(Line::tax).reduce(BigDecimal.ZERO, BigDecimal::add).add(tax(fee, TWENTY))
                    .add(tax(shipping, TWENTY));
        }

        BigDecimal shopTotal() {
            return ht().add(shopTax());
        }

        /** The ERP's tax: per rate on the sum of the document's amounts (freight and fees at 20 %). */
        BigDecimal erpTotal() {
            Map<BigDecimal, BigDecimal> byRate = new LinkedHashMap<>();
            lines.forEach(l -> byRate.merge(l.rate(), l.total(), BigDecimal::add));
            byRate.merge(TWENTY, fee.add(shipping), BigDecimal::add);
            BigDecimal tax = byRate.entrySet().stream().map(e -> tax(e.getValue(), e.getKey()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return ht().add(tax);
        }
    }

    static final BigDecimal TWENTY = new BigDecimal("20");
    static final String KNOWN_EMAIL = "connu@import50.example";
    static final String KNOWN_CUSTOMER = "IMPCONNU";

    private record Item(String sku, String name, String category, String price, BigDecimal rate, String template) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("IMP-T20", "Plaid en laine", "TVA20", "19.99", TWENTY, null),
            new Item("IMP-T10", "Blanquette pour 2", "TVA10", "8.45", new BigDecimal("10"), null),
            new Item("IMP-T55", "Confiture bio", "TVA55", "4.35", new BigDecimal("5.5"), null),
            new Item("IMP-T21", "Revue Jardins", "TVA21", "3.90", new BigDecimal("2.1"), null),
            new Item("IMP-TEE-ROU-M", "T-shirt rouge M", "TVA20", "24.90", TWENTY, "IMP-TEE"),
            new Item("IMP-TEE-BLE-L", "T-shirt bleu L", "TVA20", "24.90", TWENTY, "IMP-TEE"),
            new Item("IMP-CENT", "Carte postale", "TVA20", "0.63", TWENTY, null));

    private ImportOrders() {
    }

    /** The items and the known customer in the ERP (idempotent: every test class may call it). */
    static void prepareErp(ErpSandbox erp) {
        for (Item item : ITEMS) {
            erp.addStockItem(item.sku(), item.name(), item.category(), new BigDecimal(item.price()), item.template());
        }
        erp.addCustomer(KNOWN_CUSTOMER, "Client déjà connu de l'ERP", KNOWN_EMAIL);
        erp.addCustomer("WEBCLIENT", "Client web générique", "web@import50.example");
    }

    static List<Order> fifty() {
        List<Order> orders = new ArrayList<>();
        for (int n = 1; n <= 50; n++) {
            orders.add(order(n));
        }
        return orders;
    }

    private static Order order(int n) {
        if (n == 1) {
            // two lines of 0.63 at 20 %: the shop's 0.13 + 0.13, the ERP's 1.26 x 20 % = 0.25
            Item cent = ITEMS.get(6);
            List<Line> lines = List.of(line(cent, 1, BigDecimal.ZERO), line(cent, 1, BigDecimal.ZERO));
            return new Order(n, "EUR", "client1@import50.example", 2001, "N1", lines, BigDecimal.ZERO,
                    new BigDecimal("5.90"), "flat_rate", BigDecimal.ZERO, "stripe");
        }
        for (int variant = 0;; variant++) {
            List<Line> lines = new ArrayList<>();
            int count = 1 + (n + variant) % 3;
            BigDecimal coupon = n % 6 == 0 ? new BigDecimal("5.00") : BigDecimal.ZERO;
            for (int i = 0; i < count; i++) {
                Item item = ITEMS.get((n + i * 2 + variant) % 6);
                int qty = 1 + (n + i) % 3;
                BigDecimal discount = BigDecimal.ZERO;
                if (i == 0 && n % 4 == 0) {
                    discount = line(item, qty, BigDecimal.ZERO).subtotal().multiply(new BigDecimal("0.10"))
                            .setScale(2, RoundingMode.HALF_UP);
                }
                if (i == 0) {
                    discount = discount.add(coupon);
                }
                lines.add(line(item, qty, discount));
            }
            BigDecimal fee = n % 7 == 0 ? new BigDecimal("3.50") : BigDecimal.ZERO;
            BigDecimal shipping = n % 10 == 0 ? BigDecimal.ZERO.setScale(2) : new BigDecimal("5.90");
            String carrier = n % 10 == 0 ? "local_pickup" : "flat_rate";
            boolean known = n % 10 == 3;
            int customer = n % 17;
            Order order = new Order(n, n % 5 == 0 ? "CHF" : "EUR",
                    known ? KNOWN_EMAIL : "client" + customer + "@import50.example", known ? 2999 : 2000 + customer,
                    "N" + customer, lines, fee, shipping, carrier, coupon, n % 2 == 0 ? "stripe" : "bacs");
            // a line total must stay positive, and the rounding cent only where we planned it
            if (lines.stream().allMatch(l -> l.total().signum() > 0) && order.shopTotal().equals(order.erpTotal())) {
                return order;
            }
        }
    }

    private static Line line(Item item, int qty, BigDecimal discount) {
        return new Line(item.sku(), item.name(), qty, new BigDecimal(item.price()), item.rate(),
                discount.setScale(2, RoundingMode.HALF_UP));
    }

    static BigDecimal tax(BigDecimal amount, BigDecimal rate) {
        return amount.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    /** WooCommerce's tax rate ids of the four rates (tax_lines[].rate_id). */
    static int rateId(BigDecimal rate) {
        return switch (rate.stripTrailingZeros().toPlainString()) {
            case "20" -> 1;
            case "10" -> 2;
            case "5.5" -> 3;
            default -> 4;
        };
    }
}
