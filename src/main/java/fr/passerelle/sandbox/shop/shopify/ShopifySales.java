package fr.passerelle.sandbox.shop.shopify;

import fr.passerelle.sandbox.shop.ShopJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Customers and orders (with fulfillment orders and fulfillments). Guarded by the sandbox's lock. */
final class ShopifySales {

    final Map<String, Map<String, @Nullable Object>> customers = new LinkedHashMap<>();
    final Map<String, Map<String, @Nullable Object>> orders = new LinkedHashMap<>();
    private final ShopifyCatalog catalog;
    final ShopifyWebhooks webhooks;
    private int orderNumber = 1000;

    ShopifySales(ShopifyCatalog catalog) {
        this.catalog = catalog;
        this.webhooks = new ShopifyWebhooks(catalog);
    }

    /** {@code customerCreate} / {@code customerUpdate}: the user errors, empty on success. */
    List<Map<String, @Nullable Object>> customerSet(Map<String, @Nullable Object> input, List<String> saved) {
        String id = ShopJson.text(input.get("id"));
        Map<String, @Nullable Object> customer = id == null ? null : customers.get(id);
        if (id != null && customer == null) {
            return List.of(ShopifyCatalog.userError(List.of("id"), "Customer does not exist", null));
        }
        String email = ShopJson.text(input.get("email"));
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return List.of(ShopifyCatalog.userError(List.of("email"), "Email is invalid", null));
        }
        Map<String, @Nullable Object> self = customer;
        if (email != null && customers.values().stream().anyMatch(c -> c != self && email.equalsIgnoreCase(String.valueOf(c.get("email"))))) {
            return List.of(ShopifyCatalog.userError(List.of("email"), "Email has already been taken", null));
        }
        if (customer == null && email == null && input.get("phone") == null) {
            return List.of(ShopifyCatalog.userError(List.of("email"), "A customer must have an email or a phone number", null));
        }
        if (customer == null) {
            customer = new LinkedHashMap<>();
            id = catalog.gid("Customer");
            customer.put("id", id);
            customer.put("createdAt", ShopifyCatalog.now());
            customer.put("state", "DISABLED");
            customer.put("tags", new ArrayList<>());
            customer.put("metafields", new ArrayList<>());
            customer.put("addresses", new ArrayList<>());
            customer.put("numberOfOrders", "0");
            customer.put("note", null);
            customers.put(id, customer);
        }
        for (String field : List.of("email", "firstName", "lastName", "phone", "note", "tags", "taxExempt")) {
            if (input.containsKey(field)) {
                customer.put(field, ShopJson.normalise(input.get(field)));
            }
        }
        if (input.containsKey("addresses")) {
            List<@Nullable Object> addresses = new ArrayList<>();
            for (Object a : ShopJson.list(input.get("addresses"))) {
                Map<String, @Nullable Object> address = ShopJson.copy(ShopJson.object(a));
                address.put("id", catalog.gid("MailingAddress"));
                addresses.add(address);
            }
            customer.put("addresses", addresses);
            customer.put("defaultAddress", addresses.isEmpty() ? null : addresses.getFirst());
        }
        if (input.containsKey("metafields")) {
            mergeMetafields(customer, ShopJson.list(input.get("metafields")));
        }
        customer.put("displayName", (Objects.toString(customer.get("firstName"), "") + " "
                + Objects.toString(customer.get("lastName"), "")).trim());
        customer.put("updatedAt", ShopifyCatalog.now());
        saved.add(id);
        return List.of();
    }

    /** {@code metafieldsSet} semantics: replace by namespace and key. */
    void mergeMetafields(Map<String, @Nullable Object> owner, List<@Nullable Object> inputs) {
        List<@Nullable Object> existing = ShopJson.list(owner.computeIfAbsent("metafields", k -> new ArrayList<>()));
        for (Object created : catalog.metafields(inputs)) {
            Map<String, @Nullable Object> m = ShopJson.object(created);
            existing.removeIf(e -> Objects.equals(ShopJson.object(e).get("namespace"), m.get("namespace"))
                    && Objects.equals(ShopJson.object(e).get("key"), m.get("key")));
            existing.add(m);
        }
    }

    /** A paid order shaped like the Admin API's Order object, for a product variant of the shop. */
    Map<String, @Nullable Object> seedOrder(int n, Instant at) {
        Map<String, @Nullable Object> variant = catalog.allVariants().stream().findFirst().orElse(null);
        BigDecimal unit = new BigDecimal(10 + n % 7).setScale(2);
        int quantity = 1 + n % 3;
        BigDecimal subtotal = unit.multiply(BigDecimal.valueOf(quantity));
        BigDecimal discount = n % 5 == 0 ? new BigDecimal("5.00") : new BigDecimal("0.00");
        BigDecimal shipping = new BigDecimal("6.90");
        BigDecimal tax = subtotal.subtract(discount).add(shipping).multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal total = subtotal.subtract(discount).add(shipping).add(tax);
        String id = catalog.gid("Order");
        String lineId = catalog.gid("LineItem");
        Map<String, @Nullable Object> address = new LinkedHashMap<>(Map.of("firstName", "Client", "lastName", "N" + n,
                "address1", n + " rue de la République", "city", "Lyon", "zip", "69002", "country", "France",
                "countryCodeV2", "FR", "phone", "+33600000000"));
        address.put("company", null);
        address.put("address2", null);
        address.put("province", null);
        Map<String, @Nullable Object> o = new LinkedHashMap<>();
        o.put("id", id);
        o.put("name", "#" + (++orderNumber));
        String time = at.truncatedTo(ChronoUnit.SECONDS).toString();
        o.put("createdAt", time);
        o.put("processedAt", time);
        o.put("updatedAt", time);
        o.put("email", "client" + n + "@example.fr");
        o.put("phone", null);
        o.put("currencyCode", "EUR");
        o.put("presentmentCurrencyCode", "EUR");
        o.put("taxesIncluded", false);
        o.put("closed", false);
        o.put("cancelledAt", null);
        o.put("displayFinancialStatus", "PAID");
        o.put("displayFulfillmentStatus", "UNFULFILLED");
        o.put("note", null);
        o.put("tags", new ArrayList<>());
        o.put("metafields", new ArrayList<>());
        o.put("customer", Map.of("id", "gid://shopify/Customer/" + (900000 + n), "email", "client" + n + "@example.fr"));
        o.put("billingAddress", address);
        o.put("shippingAddress", ShopJson.copy(address));
        o.put("paymentGatewayNames", List.of(n % 2 == 0 ? "shopify_payments" : "manual"));
        Map<String, @Nullable Object> line = new LinkedHashMap<>();
        line.put("id", lineId);
        line.put("name", variant == null ? "Article" : String.valueOf(ShopJson.object(variant.get("product")).get("title")));
        line.put("sku", variant == null ? "DEMO-1" : variant.get("sku"));
        line.put("quantity", BigDecimal.valueOf(quantity));
        line.put("variant", variant == null ? null : Map.of("id", variant.get("id")));
        line.put("originalUnitPriceSet", set(unit));
        line.put("discountedUnitPriceSet", set(unit));
        line.put("taxLines", List.of(Map.of("title", "TVA", "ratePercentage", new BigDecimal("20.0"), "rate", new BigDecimal("0.2"),
                "priceSet", set(subtotal.subtract(discount).multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_UP)))));
        line.put("discountAllocations", discount.signum() > 0
                ? List.of(Map.of("allocatedAmountSet", set(discount))) : List.of());
        o.put("lineItems", List.of(line));
        o.put("shippingLines", List.of(Map.of("title", "Colissimo", "code", "colissimo", "originalPriceSet", set(shipping),
                "discountedPriceSet", set(shipping), "taxLines", List.of(Map.of("title", "TVA", "ratePercentage",
                        new BigDecimal("20.0"), "priceSet", set(shipping.multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_UP)))))));
        o.put("taxLines", List.of(Map.of("title", "TVA", "ratePercentage", new BigDecimal("20.0"), "priceSet", set(tax))));
        o.put("discountCodes", discount.signum() > 0 ? List.of("BIENVENUE") : List.of());
        o.put("subtotalPriceSet", set(subtotal.subtract(discount)));
        o.put("totalShippingPriceSet", set(shipping));
        o.put("totalTaxSet", set(tax));
        o.put("totalDiscountsSet", set(discount));
        o.put("totalPriceSet", set(total));
        o.put("transactions", List.of(Map.of("id", catalog.gid("OrderTransaction"), "kind", "SALE", "status", "SUCCESS",
                "gateway", n % 2 == 0 ? "shopify_payments" : "manual", "amountSet", set(total), "processedAt", time)));
        o.put("fulfillmentOrders", List.of(new LinkedHashMap<>(Map.of("id", catalog.gid("FulfillmentOrder"), "status", "OPEN",
                "lineItems", List.of(new LinkedHashMap<>(Map.of("id", catalog.gid("FulfillmentOrderLineItem"),
                        "remainingQuantity", BigDecimal.valueOf(quantity), "totalQuantity", BigDecimal.valueOf(quantity),
                        "lineItem", Map.of("id", lineId, "sku", String.valueOf(line.get("sku"))))))))));
        o.put("fulfillments", new ArrayList<>());
        orders.put(id, o);
        webhooks.order("orders/create", o);
        return o;
    }

    private static Map<String, @Nullable Object> set(BigDecimal amount) {
        Map<String, @Nullable Object> money = Map.of("amount", amount.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                "currencyCode", "EUR");
        return Map.of("shopMoney", money, "presentmentMoney", money);
    }
}
