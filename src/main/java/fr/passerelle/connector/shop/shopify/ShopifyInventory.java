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
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Stock and prices by SKU. Stock (STK-1, STK-3, STK-4): {@code inventorySetQuantities} with
 * absolute "available" quantities per location, up to 250 per call, written compare-and-set: the
 * quantity Shopify held when we read it (one lookup per location and 50 SKUs) goes with each
 * write, as {@code compareQuantity} before API 2026-04 and {@code changeFromQuantity} from
 * 2026-04. A sale between our read and our write makes Shopify refuse that quantity as stale:
 * we read it again and send the ERP's quantity once more (the ERP value is absolute, nothing
 * else is recomputed); stale twice, the record fails as retryable for the next run. The mutation
 * is all or nothing, so records named by its {@code userErrors} fail (or are re-read) and the
 * rest is sent again. Prices: {@code productVariantsBulkUpdate} per product with partial updates
 * allowed.
 */
final class ShopifyInventory {

    static final int QUANTITIES_PER_CALL = 250;
    private static final Set<String> STALE = Set.of("COMPARE_QUANTITY_STALE", "CHANGE_FROM_QUANTITY_STALE");

    private final ShopifyClient client;
    private final ShopifyLookup lookup;

    ShopifyInventory(ShopifyClient client, ShopifyLookup lookup) {
        this.client = client;
        this.lookup = lookup;
    }

    /** One quantity to write; {@code compare} is what Shopify held when we read it, {@code reread} once it was stale. */
    private record Quantity(int index, String key, String sku, String item, String location, int quantity, int compare,
            boolean reread) {

        Quantity withCompare(int newCompare) {
            return new Quantity(index, key, sku, item, location, quantity, newCompare, true);
        }
    }

    /** A stock record once validated, before its level is read. */
    private record Wanted(int index, String key, String sku, String location, int quantity) {
    }

    List<WriteResult> stock(List<WriteRequest> requests) {
        @Nullable WriteResult[] results = new WriteResult[requests.size()];
        List<Wanted> wanted = new ArrayList<>();
        Map<Integer, String> statuses = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            Map<String, @Nullable Object> p = Payloads.expand(requests.get(i).payload());
            try {
                String sku = Json.text(p.get("sku"));
                if (sku == null || sku.isBlank()) {
                    throw new IllegalArgumentException("sku is missing");
                }
                // STK-1/2: one quantity per location, or the single quantity at one location
                List<Map<String, @Nullable Object>> places = p.get("locations") instanceof List<?> list
                        ? list.stream().map(Json::object).toList() : List.of(p);
                List<Wanted> here = new ArrayList<>();
                for (Map<String, @Nullable Object> place : places) {
                    if (!(place.get("quantity") instanceof Number q)) {
                        throw new IllegalArgumentException("quantity is missing or not a number");
                    }
                    String location = lookup.location(Json.text(place.getOrDefault("locationId", place.get("location"))));
                    here.add(new Wanted(i, requests.get(i).key(), sku, location, q.intValue()));
                }
                if (here.isEmpty()) {
                    throw new IllegalArgumentException("locations is empty: give at least one location and its quantity");
                }
                wanted.addAll(here);
                if (p.get("status") != null) {
                    statuses.put(i, Json.text(p.get("status")));
                }
            } catch (RuntimeException e) {
                results[i] = failure(requests.get(i).key(), e);
            }
        }
        List<Quantity> quantities = new ArrayList<>();
        Map<String, List<Wanted>> byLocation = new LinkedHashMap<>();
        wanted.forEach(w -> byLocation.computeIfAbsent(w.location(), k -> new ArrayList<>()).add(w));
        byLocation.forEach((location, here) -> {
            try {
                Map<String, ShopifyLookup.StockLevel> levels = lookup.stockAt(here.stream().map(Wanted::sku).toList(), location);
                for (Wanted w : here) {
                    ShopifyLookup.StockLevel level = levels.get(w.sku());
                    if (level == null) {
                        fail(results, w.index(), WriteResult.failed(w.key(), "no variant with SKU '" + w.sku() + "'", false));
                    } else {
                        quantities.add(new Quantity(w.index(), w.key(), w.sku(), level.inventoryItemId(), location,
                                w.quantity(), level.available(), false));
                    }
                }
            } catch (ConnectorException e) {
                here.forEach(w -> fail(results, w.index(), failure(w.key(), e)));
            }
        });
        for (int from = 0; from < quantities.size(); from += QUANTITIES_PER_CALL) {
            setQuantities(new ArrayList<>(quantities.subList(from, Math.min(quantities.size(), from + QUANTITIES_PER_CALL))), results);
        }
        statuses.keySet().removeIf(i -> results[i] == null || !results[i].succeeded());
        if (!statuses.isEmpty()) {
            statuses(requests, statuses, results);
        }
        return List.of(results).stream().map(Objects::requireNonNull).toList();
    }

    /** A record's first failure stands: its other locations' success does not hide it. */
    private static void fail(@Nullable WriteResult[] results, int index, WriteResult failure) {
        if (results[index] == null || results[index].succeeded()) {
            results[index] = failure;
        }
    }

    private static void succeed(@Nullable WriteResult[] results, int index, WriteResult success) {
        if (results[index] == null) {
            results[index] = success;
        }
    }

    /**
     * STK-7: the product of each SKU whose stock ran out (or came back) is set DRAFT (ACTIVE) with
     * {@code productUpdate}; Shopify has no per-variant or per-location deactivation. A product whose
     * status Shopify refuses fails its record; its quantities are written already.
     */
    private void statuses(List<WriteRequest> requests, Map<Integer, String> statuses, @Nullable WriteResult[] results) {
        Map<String, ShopifyLookup.Variant> variants = lookup.variantsBySku(statuses.keySet().stream()
                .map(i -> Json.text(Payloads.expand(requests.get(i).payload()).get("sku"))).filter(Objects::nonNull).toList());
        Map<String, String> byProduct = new LinkedHashMap<>();
        Map<String, List<Integer>> indexes = new LinkedHashMap<>();
        statuses.forEach((i, status) -> {
            ShopifyLookup.Variant variant = variants.get(Json.text(Payloads.expand(requests.get(i).payload()).get("sku")));
            if (variant != null) {
                byProduct.put(variant.productId(), status);
                indexes.computeIfAbsent(variant.productId(), k -> new ArrayList<>()).add(i);
            }
        });
        byProduct.forEach((product, status) -> {
            try {
                Map<String, @Nullable Object> payload = Json.object(client.run("productUpdate", PRODUCT_STATUS,
                        Map.of("product", Map.of("id", product, "status", status))).get("productUpdate"));
                String error = ShopifyClient.userErrors(payload);
                if (error != null) {
                    indexes.get(product).forEach(i -> results[i] = WriteResult.failed(requests.get(i).key(), error, false));
                }
            } catch (ConnectorException e) {
                indexes.get(product).forEach(i -> results[i] = WriteResult.failed(requests.get(i).key(), e.getMessage(), e.retryable()));
            }
        });
    }

    private static final String PRODUCT_STATUS = "mutation Status($product: ProductUpdateInput!) {"
            + " productUpdate(product: $product) { product { id status } userErrors { field message } } }";

    private static WriteResult failure(String key, RuntimeException e) {
        return WriteResult.failed(key, String.valueOf(e.getMessage()), e instanceof ConnectorException c && c.retryable());
    }

    private void setQuantities(List<Quantity> chunk, @Nullable WriteResult[] results) {
        // From 2026-04 the compare value is changeFromQuantity and the mutation needs an idempotency
        // key; before, it is compareQuantity (checked unless ignoreCompareQuantity, which we never set).
        boolean v202604 = client.version.compareTo("2026-04") >= 0;
        while (!chunk.isEmpty()) {
            Map<String, @Nullable Object> input = new LinkedHashMap<>();
            input.put("name", "available");
            input.put("reason", "correction");
            input.put("referenceDocumentUri", "passerelle://stock-sync");
            input.put("quantities", chunk.stream().map(q -> {
                Map<String, @Nullable Object> quantity = new LinkedHashMap<>();
                quantity.put("inventoryItemId", q.item());
                quantity.put("locationId", q.location());
                quantity.put("quantity", q.quantity());
                quantity.put(v202604 ? "changeFromQuantity" : "compareQuantity", q.compare());
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
                    chunk.forEach(q -> succeed(results, q.index(), WriteResult.updated(q.key(), q.item() + "@" + q.location())));
                    return;
                }
                List<Quantity> refused = new ArrayList<>();
                List<Quantity> stale = new ArrayList<>();
                for (Object e : errors) {
                    List<@Nullable Object> field = Json.list(Json.object(e).get("field"));
                    Quantity q = field.size() > 2 && "quantities".equals(field.get(1)) ? chunk.get(Integer.parseInt(String.valueOf(field.get(2)))) : null;
                    if (q == null) {
                        String message = ShopifyClient.userErrors(payload);
                        chunk.forEach(c -> fail(results, c.index(), WriteResult.failed(c.key(), Objects.requireNonNullElse(message, ""), false)));
                        return;
                    }
                    String code = String.valueOf(Json.object(e).get("code"));
                    if (STALE.contains(code) && !q.reread()) {
                        stale.add(q);
                    } else if (STALE.contains(code)) {
                        fail(results, q.index(), WriteResult.failed(q.key(), code + ": the quantity of SKU '" + q.sku()
                                + "' changed in Shopify again between our read and our write (sales under way);"
                                + " not overwritten, the next run sends it again", true));
                        refused.add(q);
                    } else {
                        fail(results, q.index(), WriteResult.failed(q.key(), code + ": " + Json.object(e).get("message"), false));
                        refused.add(q);
                    }
                }
                chunk.removeAll(refused); // all or nothing: send the others again
                reread(chunk, stale);
            } catch (ConnectorException e) {
                chunk.forEach(q -> fail(results, q.index(), WriteResult.failed(q.key(), e.getMessage(), e.retryable())));
                return;
            }
        }
    }

    /** A sale happened between our read and our write: read those quantities again (once) for the next attempt. */
    private void reread(List<Quantity> chunk, List<Quantity> stale) {
        Map<String, List<Quantity>> byLocation = new LinkedHashMap<>();
        stale.forEach(q -> byLocation.computeIfAbsent(q.location(), k -> new ArrayList<>()).add(q));
        byLocation.forEach((location, here) -> {
            Map<String, ShopifyLookup.StockLevel> levels = lookup.stockAt(here.stream().map(Quantity::sku).toList(), location);
            for (Quantity q : here) {
                ShopifyLookup.StockLevel level = levels.get(q.sku());
                int at = chunk.indexOf(q);
                chunk.set(at, q.withCompare(level == null ? q.compare() : level.available()));
            }
        });
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
