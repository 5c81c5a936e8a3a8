package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.shop.shopify.ShopifySandbox;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import fr.passerelle.store.OrderLedger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 11, shop -> ERP over HTTP: 50 generated WooCommerce orders go through the
 * customers-import, orders and payments flows into the ERP sandbox.
 */
@StudioIntegrationTest
class OrdersImportE2EIT extends OwnShopE2E {

    static final String PREFIX = "I50W-";

    @Autowired
    OrderLedger ledger;

    @Test
    @DisplayName("E2E WooCommerce (ORD-1..14, CIM-1..4, PAY-1..5): 50 orders with mixed VAT 20/10/5.5/2.1, shipping, "
            + "discounts, coupons, fees, variant lines and two currencies arrive cent-exact HT and TTC with document type, "
            + "warehouse and customer (found by e-mail / created with both addresses); payments with two due dates; "
            + "a one-cent rounding difference booked as payment difference; a second run imports nothing")
    void fiftyWooCommerceOrdersArriveOnceAndCentExact() {
        ImportOrders.prepareErp(erp());
        long profile = ownShop(E2EShop.WOOCOMMERCE, "import50", Map.of("orderPrefix", PREFIX, "customerPrefix", "I50W",
                "warehouse", "LYON", "documentType", "order", "payments.instalments", "2"),
                Map.of("customers-import", "", "orders", "", "payments", ""));
        WooCommerceSandbox woo = (WooCommerceSandbox) app(shopId(E2EShop.WOOCOMMERCE, "import50"));
        List<ImportOrders.Order> orders = ImportOrders.fifty();
        Map<String, ImportOrders.Order> byReference = new LinkedHashMap<>();
        for (ImportOrders.Order order : orders) {
            long id = woo.insertOrder(woo(order));
            byReference.put(PREFIX + id, order);
        }

        importedOnceAndCentExact(profile, E2EShop.WOOCOMMERCE, PREFIX, "I50W", byReference);
    }

    @Test
    @DisplayName("E2E Shopify (ORD-1..14, CIM-1..4, PAY-1..5): 50 orders with mixed VAT 20/10/5.5/2.1, shipping, "
            + "discount allocations, coupons, variant lines and two currencies (presentment) arrive cent-exact HT and TTC "
            + "with document type, warehouse and customer (found by e-mail / created with both addresses); payments with "
            + "two due dates; a one-cent rounding difference booked as payment difference; a second run imports nothing")
    void fiftyShopifyOrdersArriveOnceAndCentExact() {
        ImportOrders.prepareErp(erp());
        String prefix = "I50S-";
        long profile = ownShop(E2EShop.SHOPIFY, "import50", Map.of("orderPrefix", prefix, "customerPrefix", "I50S",
                "warehouse", "LYON", "documentType", "order", "payments.instalments", "2",
                "payments.amountField", "presentmentAmount"), Map.of("customers-import", "", "orders", "", "payments", ""));
        ShopifySandbox shop = (ShopifySandbox) app(shopId(E2EShop.SHOPIFY, "import50"));
        Map<String, ImportOrders.Order> byReference = new LinkedHashMap<>();
        for (ImportOrders.Order order : ImportOrders.fifty()) {
            String name = shop.insertOrder(shopify(order));
            byReference.put(prefix + name.substring(1), order);
        }
        importedOnceAndCentExact(profile, E2EShop.SHOPIFY, prefix, "I50S", byReference);
    }

    private void importedOnceAndCentExact(long profile, E2EShop kind, String prefix, String customerPrefix,
            Map<String, ImportOrders.Order> byReference) {
        RunSummary imported = run(profile, "orders", kind);
        RunSummary paid = run(profile, "payments", kind);

        assertThat(imported.failed()).as(imported.describe()).isZero();
        assertThat(imported.created()).as(imported.describe()).isEqualTo(50);
        assertThat(paid.failed()).as(paid.describe()).isZero();
        assertThat(paid.created()).as(paid.describe()).isEqualTo(100);
        Map<String, ObjectNode> erpOrders = erpOrders(prefix);
        assertThat(erpOrders).as("one ERP document per shop order").hasSize(50);
        assertThat(erpOrders.keySet()).containsExactlyInAnyOrderElementsOf(byReference.keySet());
        int roundingCases = 0;
        for (Map.Entry<String, ImportOrders.Order> entry : byReference.entrySet()) {
            ImportOrders.Order order = entry.getValue();
            ObjectNode doc = erpOrders.get(entry.getKey());
            String what = entry.getKey() + " " + order;
            assertThat(text(doc, "OrderType")).as(what).isEqualTo("SO");
            assertThat(text(doc, "CurrencyID")).as(what).isEqualTo(order.currency());
            BigDecimal ht = decimal(doc, "Totals", "LineTotalAmount").add(decimal(doc, "Totals", "Freight"));
            assertThat(ht).as("HT of " + what).isEqualByComparingTo(order.ht());
            assertThat(decimal(doc, "OrderTotal")).as("TTC of " + what).isEqualByComparingTo(order.erpTotal());
            assertThat(text(doc, "CustomerID")).as(what).isEqualTo(order.email().equals(ImportOrders.KNOWN_EMAIL)
                    ? ImportOrders.KNOWN_CUSTOMER : customerPrefix + order.customerId());
            for (JsonNode line : doc.path("Details")) {
                if (text(line, "InventoryID").startsWith("IMP-")) {
                    assertThat(text(line, "WarehouseID")).as("line warehouse of " + what).isEqualTo("LYON");
                }
            }
            List<ObjectNode> payments = erpPayments(entry.getKey() + "/");
            assertThat(payments).as("two due dates of " + what).hasSize(2);
            BigDecimal amount = payments.stream().map(p -> decimal(p, "PaymentAmount")).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            BigDecimal applied = payments.stream().flatMap(p -> list(p.path("OrdersToApply")).stream())
                    .map(a -> decimal(a, "AppliedToOrder")).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(amount).as("paid = the shop's total, " + what).isEqualByComparingTo(order.shopTotal());
            assertThat(applied).as("applied = the ERP's total, " + what).isEqualByComparingTo(order.erpTotal());
            BigDecimal difference = payments.stream().map(p -> decimal(p, "UnappliedBalance"))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(difference).as("payment difference of " + what)
                    .isEqualByComparingTo(order.shopTotal().subtract(order.erpTotal()));
            if (difference.compareTo(new BigDecimal("0.01")) == 0) {
                roundingCases++;
            }
            assertThat(payments.stream().map(p -> text(p, "ApplicationDate").substring(0, 10)).distinct())
                    .as("two different due dates").hasSize(2);
        }
        assertThat(roundingCases).as("orders with a one-cent rounding difference").isEqualTo(1);
        createdCustomersHaveBothAddresses(byReference, customerPrefix);
        assertThat(ledger.entries(profile, "orders")).hasSize(50).allSatisfy(e -> {
            assertThat(e.state()).isEqualTo("DONE");
            assertThat(e.erpDocument()).startsWith("SO/");
        });

        RunSummary again = run(profile, "orders", kind);
        RunSummary paidAgain = run(profile, "payments", kind);
        assertThat(again.writes()).as(again.describe()).isZero();
        assertThat(paidAgain.writes()).as(paidAgain.describe()).isZero();
        assertThat(erpOrders(prefix)).hasSize(50);
        assertThat(erpPayments(prefix)).hasSize(100);
    }

    private void createdCustomersHaveBothAddresses(Map<String, ImportOrders.Order> byReference, String customerPrefix) {
        ImportOrders.Order some = byReference.values().stream().filter(o -> !o.email().equals(ImportOrders.KNOWN_EMAIL))
                .findFirst().orElseThrow();
        ObjectNode customer = erp().record("Customer", customerPrefix + some.customerId()).orElseThrow();
        assertThat(text(customer.path("MainContact"), "Email")).isEqualTo(some.email());
        assertThat(text(customer.path("MainContact").path("Address"), "AddressLine1")).endsWith("rue de la Paix");
        assertThat(text(customer.path("ShippingContact").path("Address"), "AddressLine1")).endsWith("quai des Livraisons");
        assertThat(erp().records("Customer").stream().filter(c -> ImportOrders.KNOWN_EMAIL.equals(
                text(c.path("MainContact"), "Email")))).as("the known customer is not created again").hasSize(1);
    }

    /** The ERP's sales orders whose customer order reference starts with the prefix, by reference. */
    Map<String, ObjectNode> erpOrders(String prefix) {
        List<ObjectNode> all = erp().records("SalesOrder").stream().filter(o -> text(o, "CustomerOrder").startsWith(prefix))
                .toList();
        Map<String, ObjectNode> byRef = all.stream().collect(Collectors.toMap(o -> text(o, "CustomerOrder"), o -> o,
                (a, b) -> {
                    throw new AssertionError("two ERP documents for " + text(a, "CustomerOrder"));
                }, LinkedHashMap::new));
        return byRef;
    }

    List<ObjectNode> erpPayments(String prefix) {
        return erp().records("Payment").stream().filter(p -> text(p, "ExternalRef").startsWith(prefix)).toList();
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field).path("value");
        return value.isMissingNode() || value.isNull() ? "" : value.asString();
    }

    static BigDecimal decimal(JsonNode node, String... path) {
        JsonNode at = node;
        for (String p : path) {
            at = at.path(p);
        }
        JsonNode value = at.path("value");
        return value.isMissingNode() || value.isNull() ? BigDecimal.ZERO : new BigDecimal(value.asString());
    }

    /** The order in WooCommerce's REST shape ("Retrieve an order"). */
    static Map<String, @Nullable Object> woo(ImportOrders.Order o) {
        String created = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(100 - o.n()).truncatedTo(ChronoUnit.SECONDS)
                .toString();
        Map<String, @Nullable Object> order = new LinkedHashMap<>();
        order.put("status", "processing");
        order.put("currency", o.currency());
        order.put("prices_include_tax", false);
        order.put("date_created_gmt", created);
        order.put("date_paid_gmt", created);
        order.put("customer_id", BigDecimal.valueOf(o.customerId()));
        order.put("payment_method", o.payment());
        order.put("payment_method_title", o.payment());
        order.put("transaction_id", o.payment().equals("stripe") ? "ch_" + o.n() : "");
        order.put("billing", address(o, true));
        order.put("shipping", address(o, false));
        List<Map<String, @Nullable Object>> lines = new ArrayList<>();
        Map<BigDecimal, BigDecimal> taxByRate = new LinkedHashMap<>();
        int i = 0;
        for (ImportOrders.Line l : o.lines()) {
            int rateId = ImportOrders.rateId(l.rate());
            taxByRate.merge(l.rate(), l.tax(), BigDecimal::add);
            Map<String, @Nullable Object> line = new LinkedHashMap<>();
            line.put("id", BigDecimal.valueOf(o.n() * 100L + i++));
            line.put("name", l.name());
            line.put("sku", l.sku());
            line.put("product_id", BigDecimal.valueOf(900 + i));
            line.put("variation_id", BigDecimal.valueOf(l.sku().startsWith("IMP-TEE") ? 950 + i : 0));
            line.put("quantity", BigDecimal.valueOf(l.quantity()));
            line.put("subtotal", money(l.subtotal()));
            line.put("total", money(l.total()));
            line.put("total_tax", money(l.tax()));
            line.put("taxes", List.of(Map.of("id", BigDecimal.valueOf(rateId), "total", money(l.tax()))));
            lines.add(line);
        }
        order.put("line_items", lines);
        BigDecimal shippingTax = ImportOrders.tax(o.shipping(), ImportOrders.TWENTY);
        BigDecimal feeTax = ImportOrders.tax(o.fee(), ImportOrders.TWENTY);
        order.put("shipping_lines", List.of(Map.of("id", BigDecimal.valueOf(o.n() * 100L + 90), "method_id", o.carrier(),
                "method_title", o.carrier().equals("flat_rate") ? "Colissimo" : "Retrait en boutique", "total",
                money(o.shipping()), "total_tax", money(shippingTax), "taxes",
                List.of(Map.of("id", BigDecimal.ONE, "total", money(shippingTax))))));
        order.put("fee_lines", o.fee().signum() == 0 ? List.of() : List.of(Map.of("id", BigDecimal.valueOf(o.n() * 100L
                + 80), "name", "Emballage cadeau", "total", money(o.fee()), "total_tax", money(feeTax), "taxes",
                List.of(Map.of("id", BigDecimal.ONE, "total", money(feeTax))))));
        order.put("coupon_lines", o.coupon().signum() == 0 ? List.of() : List.of(Map.of("id",
                BigDecimal.valueOf(o.n() * 100L + 70), "code", "bienvenue", "discount", money(o.coupon()), "discount_tax",
                "0.00")));
        taxByRate.merge(ImportOrders.TWENTY, shippingTax.add(feeTax), BigDecimal::add);
        List<Map<String, @Nullable Object>> taxLines = new ArrayList<>();
        taxByRate.forEach((rate, total) -> taxLines.add(Map.of("id", BigDecimal.valueOf(o.n() * 100L + 60
                + ImportOrders.rateId(rate)), "rate_id", BigDecimal.valueOf(ImportOrders.rateId(rate)), "rate_code",
                "FR-TVA-" + ImportOrders.rateId(rate), "rate_percent", rate, "tax_total", money(total))));
        order.put("tax_lines", taxLines);
        BigDecimal discount = o.lines().stream().map(ImportOrders.Line::discount).reduce(BigDecimal.ZERO, BigDecimal::add);
        order.put("discount_total", money(discount));
        order.put("shipping_total", money(o.shipping()));
        order.put("total_tax", money(o.shopTax()));
        order.put("total", money(o.shopTotal()));
        return order;
    }

    /**
     * The order in the Admin API's Order shape: amounts in the customer's currency (presentment)
     * and in the shop's (EUR; CHF converted at 0.95 for the CHF orders, which the import ignores),
     * line discounts as discount allocations.
     */
    static Map<String, @Nullable Object> shopify(ImportOrders.Order o) {
        String time = java.time.Instant.now().minusSeconds(6000 - o.n() * 60L).truncatedTo(ChronoUnit.SECONDS).toString();
        boolean chf = o.currency().equals("CHF");
        Map<String, @Nullable Object> order = new LinkedHashMap<>();
        order.put("createdAt", time);
        order.put("processedAt", time);
        order.put("updatedAt", time);
        order.put("email", o.email());
        order.put("phone", null);
        order.put("currencyCode", "EUR");
        order.put("presentmentCurrencyCode", o.currency());
        order.put("taxesIncluded", false);
        order.put("closed", false);
        order.put("displayFinancialStatus", "PAID");
        order.put("displayFulfillmentStatus", "UNFULFILLED");
        order.put("note", null);
        order.put("customer", Map.of("id", "gid://shopify/Customer/" + o.customerId(), "email", o.email()));
        order.put("billingAddress", shopifyAddress(o, true));
        order.put("shippingAddress", shopifyAddress(o, false));
        order.put("paymentGatewayNames", List.of(o.payment().equals("stripe") ? "shopify_payments" : "manual"));
        List<Map<String, @Nullable Object>> lines = new ArrayList<>();
        for (ImportOrders.Line l : o.lines()) {
            Map<String, @Nullable Object> line = new LinkedHashMap<>();
            line.put("sku", l.sku());
            line.put("name", l.name());
            line.put("quantity", BigDecimal.valueOf(l.quantity()));
            line.put("variant", Map.of("id", "gid://shopify/ProductVariant/" + Math.abs(l.sku().hashCode())));
            line.put("originalUnitPriceSet", set(l.unit(), chf));
            line.put("discountedUnitPriceSet", set(l.total().divide(BigDecimal.valueOf(l.quantity()), 2,
                    RoundingMode.HALF_UP), chf));
            line.put("discountAllocations", l.discount().signum() == 0 ? List.of()
                    : List.of(Map.of("allocatedAmountSet", set(l.discount(), chf))));
            line.put("taxLines", List.of(Map.of("title", "TVA", "ratePercentage", l.rate(), "priceSet", set(l.tax(), chf))));
            lines.add(line);
        }
        if (o.fee().signum() > 0) {
            Map<String, @Nullable Object> fee = new LinkedHashMap<>();
            fee.put("sku", null);
            fee.put("name", "Emballage cadeau");
            fee.put("quantity", BigDecimal.ONE);
            fee.put("originalUnitPriceSet", set(o.fee(), chf));
            fee.put("discountedUnitPriceSet", set(o.fee(), chf));
            fee.put("discountAllocations", List.of());
            fee.put("taxLines", List.of(Map.of("title", "TVA", "ratePercentage", ImportOrders.TWENTY, "priceSet",
                    set(ImportOrders.tax(o.fee(), ImportOrders.TWENTY), chf))));
            lines.add(fee);
        }
        order.put("lineItems", lines);
        BigDecimal shippingTax = ImportOrders.tax(o.shipping(), ImportOrders.TWENTY);
        String code = o.carrier().equals("flat_rate") ? "colissimo" : "retrait";
        order.put("shippingLines", List.of(Map.of("title", code.equals("colissimo") ? "Colissimo" : "Retrait en boutique",
                "code", code, "originalPriceSet", set(o.shipping(), chf), "discountedPriceSet", set(o.shipping(), chf),
                "discountAllocations", List.of(), "taxLines", List.of(Map.of("title", "TVA", "ratePercentage",
                        ImportOrders.TWENTY, "priceSet", set(shippingTax, chf))))));
        order.put("taxLines", List.of());
        order.put("discountCodes", o.coupon().signum() > 0 ? List.of("BIENVENUE") : List.of());
        order.put("subtotalPriceSet", set(o.ht().subtract(o.shipping()), chf));
        order.put("totalShippingPriceSet", set(o.shipping(), chf));
        order.put("totalTaxSet", set(o.shopTax(), chf));
        order.put("totalDiscountsSet", set(o.lines().stream().map(ImportOrders.Line::discount)
                .reduce(BigDecimal.ZERO, BigDecimal::add), chf));
        order.put("totalPriceSet", set(o.shopTotal(), chf));
        order.put("transactions", List.of(Map.of("kind", "SALE", "status", "SUCCESS", "gateway",
                o.payment().equals("stripe") ? "shopify_payments" : "manual", "amountSet", set(o.shopTotal(), chf),
                "processedAt", time)));
        return order;
    }

    private static Map<String, @Nullable Object> set(BigDecimal amount, boolean chf) {
        BigDecimal shop = chf ? amount.multiply(new BigDecimal("0.95")).setScale(2, RoundingMode.HALF_UP) : amount;
        return Map.of("shopMoney", Map.of("amount", money(shop), "currencyCode", "EUR"), "presentmentMoney",
                Map.of("amount", money(amount), "currencyCode", chf ? "CHF" : "EUR"));
    }

    private static Map<String, @Nullable Object> shopifyAddress(ImportOrders.Order o, boolean billing) {
        Map<String, @Nullable Object> woo = address(o, billing);
        Map<String, @Nullable Object> a = new LinkedHashMap<>();
        a.put("firstName", woo.get("first_name"));
        a.put("lastName", woo.get("last_name"));
        a.put("company", null);
        a.put("address1", woo.get("address_1"));
        a.put("address2", woo.get("address_2"));
        a.put("city", woo.get("city"));
        a.put("province", null);
        a.put("provinceCode", null);
        a.put("zip", woo.get("postcode"));
        a.put("country", woo.get("country"));
        a.put("countryCodeV2", woo.get("country"));
        a.put("phone", woo.get("phone"));
        return a;
    }

    private static Map<String, @Nullable Object> address(ImportOrders.Order o, boolean billing) {
        Map<String, @Nullable Object> a = new LinkedHashMap<>();
        a.put("first_name", "Client");
        a.put("last_name", o.lastName());
        a.put("company", "");
        a.put("address_1", billing ? o.n() + " rue de la Paix" : o.n() + " quai des Livraisons");
        a.put("address_2", billing ? "Bâtiment B" : "");
        a.put("city", billing ? "Lyon" : "Villeurbanne");
        a.put("state", "");
        a.put("postcode", billing ? "69002" : "69100");
        a.put("country", o.currency().equals("CHF") && !billing ? "CH" : "FR");
        if (billing) {
            a.put("email", o.email());
            a.put("phone", "0600000000");
        } else {
            a.put("phone", "0700000000");
        }
        return a;
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
