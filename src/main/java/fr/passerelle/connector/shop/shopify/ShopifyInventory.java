package fr.passerelle.connector.shop.shopify;

import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.connector.http.Json;
import fr.passerelle.connector.http.Payloads;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Stock and prices by SKU. Stock: {@code inventorySetQuantities} with absolute "available"
 * quantities per location (the ERP is the source of truth, so compare quantities are ignored), up
 * to 250 per call; the mutation is all or nothing, so records named by its {@code userErrors} fail
 * and the rest is sent again. Prices: {@code productVariantsBulkUpdate} per product with partial
 * updates allowed.
 */
final class ShopifyInventory {

    static final int QUANTITIES_PER_CALL = 250;

    private final ShopifyClient client;
    private final ShopifyLookup lookup;

    ShopifyInventory(ShopifyClient client, ShopifyLookup lookup) {
        this.client = client;
        this.lookup = lookup;
    }

    private record Quantity(int index, String key, String item, String location, int quantity) {
    }

    List<WriteResult> stock(List<WriteRequest> requests) {
        @Nullable WriteResult[] results = new WriteResult[requests.size()];
        List<Map<String, @Nullable Object>> payloads = requests.stream().map(r -> Payloads.expand(r.payload())).toList();
        Map<String, ShopifyLookup.Variant> variants = lookup.variantsBySku(payloads.stream()
                .map(p -> Json.text(p.get("sku"))).filter(Objects::nonNull).toList());
        List<Quantity> quantities = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Map<String, @Nullable Object> p = payloads.get(i);
            ShopifyLookup.Variant variant = variants.get(Json.text(p.get("sku")));
            try {
                if (variant == null) {
                    throw new IllegalArgumentException("no variant with SKU '" + p.get("sku") + "'");
                }
                if (!(p.get("quantity") instanceof Number q)) {
                    throw new IllegalArgumentException("quantity is missing or not a number");
                }
                String location = lookup.location(Json.text(p.getOrDefault("locationId", p.get("location"))));
                quantities.add(new Quantity(i, requests.get(i).key(), variant.inventoryItemId(), location, q.intValue()));
            } catch (RuntimeException e) {
                results[i] = WriteResult.failed(requests.get(i).key(), String.valueOf(e.getMessage()),
                        e instanceof ConnectorException c && c.retryable());
            }
        }
        for (int from = 0; from < quantities.size(); from += QUANTITIES_PER_CALL) {
            setQuantities(new ArrayList<>(quantities.subList(from, Math.min(quantities.size(), from + QUANTITIES_PER_CALL))), results);
        }
        return List.of(results).stream().map(Objects::requireNonNull).toList();
    }

    private void setQuantities(List<Quantity> chunk, @Nullable WriteResult[] results) {
        while (!chunk.isEmpty()) {
            Map<String, @Nullable Object> input = new LinkedHashMap<>();
            input.put("name", "available");
            input.put("reason", "correction");
            input.put("referenceDocumentUri", "passerelle://stock-sync");
            // From 2026-04 compare-and-set is per quantity (changeFromQuantity, null opts out) and the
            // mutation needs an idempotency key; before, ignoreCompareQuantity does the opting out.
            boolean v202604 = client.version.compareTo("2026-04") >= 0;
            if (!v202604) {
                input.put("ignoreCompareQuantity", true);
            }
            input.put("quantities", chunk.stream().map(q -> {
                Map<String, @Nullable Object> quantity = new LinkedHashMap<>();
                quantity.put("inventoryItemId", q.item());
                quantity.put("locationId", q.location());
                quantity.put("quantity", q.quantity());
                if (v202604) {
                    quantity.put("changeFromQuantity", null);
                }
                return quantity;
            }).toList());
            try {
                Map<String, @Nullable Object> variables = new LinkedHashMap<>();
                variables.put("input", input);
                if (v202604) {
                    variables.put("key", java.util.UUID.randomUUID().toString());
                }
                Map<String, @Nullable Object> payload = Json.object(client.run("inventorySetQuantities",
                        v202604 ? ShopifyDocuments.INVENTORY_SET_IDEMPOTENT : ShopifyDocuments.INVENTORY_SET, variables)
                        .get("inventorySetQuantities"));
                List<@Nullable Object> errors = Json.list(payload.get("userErrors"));
                if (errors.isEmpty()) {
                    chunk.forEach(q -> results[q.index()] = WriteResult.updated(q.key(), q.item() + "@" + q.location()));
                    return;
                }
                List<Quantity> refused = new ArrayList<>();
                for (Object e : errors) {
                    List<@Nullable Object> field = Json.list(Json.object(e).get("field"));
                    Quantity q = field.size() > 2 && "quantities".equals(field.get(1)) ? chunk.get(Integer.parseInt(String.valueOf(field.get(2)))) : null;
                    if (q == null) {
                        String message = ShopifyClient.userErrors(payload);
                        chunk.forEach(c -> results[c.index()] = WriteResult.failed(c.key(), Objects.requireNonNullElse(message, ""), false));
                        return;
                    }
                    results[q.index()] = WriteResult.failed(q.key(), Json.object(e).get("code") + ": " + Json.object(e).get("message"), false);
                    refused.add(q);
                }
                chunk.removeAll(refused); // all or nothing: send the others again
            } catch (ConnectorException e) {
                chunk.forEach(q -> results[q.index()] = WriteResult.failed(q.key(), e.getMessage(), e.retryable()));
                return;
            }
        }
    }

    List<WriteResult> prices(List<WriteRequest> requests) {
        @Nullable WriteResult[] results = new WriteResult[requests.size()];
        List<Map<String, @Nullable Object>> payloads = requests.stream().map(r -> Payloads.expand(r.payload())).toList();
        Map<String, ShopifyLookup.Variant> variants = lookup.variantsBySku(payloads.stream()
                .map(p -> Json.text(p.get("sku"))).filter(Objects::nonNull).toList());
        Map<String, List<Integer>> byProduct = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            ShopifyLookup.Variant variant = variants.get(Json.text(payloads.get(i).get("sku")));
            if (variant == null) {
                results[i] = WriteResult.failed(requests.get(i).key(), "no variant with SKU '" + payloads.get(i).get("sku") + "'", false);
            } else {
                byProduct.computeIfAbsent(variant.productId(), k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<String, List<Integer>> product : byProduct.entrySet()) {
            List<Map<String, @Nullable Object>> inputs = new ArrayList<>();
            for (int i : product.getValue()) {
                Map<String, @Nullable Object> input = new LinkedHashMap<>(payloads.get(i));
                input.remove("sku");
                input.put("id", variants.get(Json.text(payloads.get(i).get("sku"))).id());
                input.replaceAll((k, v) -> v instanceof BigDecimal d ? d.toPlainString() : v);
                inputs.add(input);
            }
            String document = "mutation Prices($productId: ID!, $variants: [ProductVariantsBulkInput!]!) {"
                    + " productVariantsBulkUpdate(productId: $productId, variants: $variants, allowPartialUpdates: true) {"
                    + " productVariants { id price } userErrors { field message code } } }";
            try {
                Map<String, @Nullable Object> payload = Json.object(client.run("productVariantsBulkUpdate", document,
                        Map.of("productId", product.getKey(), "variants", inputs)).get("productVariantsBulkUpdate"));
                for (int n = 0; n < product.getValue().size(); n++) {
                    int index = product.getValue().get(n);
                    String at = Integer.toString(n);
                    String error = Json.list(payload.get("userErrors")).stream().map(Json::object)
                            .filter(e -> Json.list(e.get("field")).size() > 1 && at.equals(String.valueOf(Json.list(e.get("field")).get(1))))
                            .map(e -> e.get("code") + ": " + e.get("message")).findFirst().orElse(null);
                    results[index] = error != null ? WriteResult.failed(requests.get(index).key(), error, false)
                            : WriteResult.updated(requests.get(index).key(), String.valueOf(inputs.get(n).get("id")));
                }
            } catch (ConnectorException e) {
                product.getValue().forEach(i -> results[i] = WriteResult.failed(requests.get(i).key(), e.getMessage(), e.retryable()));
            }
        }
        return List.of(results).stream().map(Objects::requireNonNull).toList();
    }
}
