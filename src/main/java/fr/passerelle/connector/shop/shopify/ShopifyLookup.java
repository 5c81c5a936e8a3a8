package fr.passerelle.connector.shop.shopify;

import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.http.Json;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Finds what a write needs: variants by SKU (50 SKUs per search), customers by e-mail,
 * collections by handle, locations by name (cached for the session).
 */
final class ShopifyLookup {

    /** A variant and what hangs off it. */
    record Variant(String id, String productId, String inventoryItemId) {
    }

    /** A variant's inventory item and what Shopify holds as "available" at one location (0 when not stocked there). */
    record StockLevel(String inventoryItemId, int available) {
    }

    private final ShopifyClient client;
    private final Map<String, String> locations = new ConcurrentHashMap<>();

    ShopifyLookup(ShopifyClient client) {
        this.client = client;
    }

    Map<String, Variant> variantsBySku(List<String> skus) {
        Map<String, Variant> found = new HashMap<>();
        List<String> distinct = skus.stream().filter(s -> !s.isBlank()).distinct().toList();
        for (int from = 0; from < distinct.size(); from += 50) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + 50));
            Map<String, @Nullable Object> data = client.run("find variants by SKU", ShopifyDocuments.VARIANTS_BY_SKU,
                    Map.of("first", chunk.size(), "query", skuQuery(chunk)));
            for (Object n : Json.list(Json.object(data.get("productVariants")).get("nodes"))) {
                Map<String, @Nullable Object> node = Json.object(n);
                String sku = Json.text(node.get("sku"));
                if (sku != null && chunk.contains(sku)) {
                    found.putIfAbsent(sku, new Variant(String.valueOf(node.get("id")),
                            String.valueOf(Json.object(node.get("product")).get("id")),
                            String.valueOf(Json.object(node.get("inventoryItem")).get("id"))));
                }
            }
        }
        return found;
    }

    /** The stock level of each SKU at {@code locationId}, one query per 50 SKUs; unknown SKUs are absent. */
    Map<String, StockLevel> stockAt(List<String> skus, String locationId) {
        Map<String, StockLevel> found = new HashMap<>();
        List<String> distinct = skus.stream().filter(s -> !s.isBlank()).distinct().toList();
        for (int from = 0; from < distinct.size(); from += 50) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + 50));
            Map<String, @Nullable Object> data = client.run("read stock by SKU", ShopifyDocuments.STOCK_BY_SKU,
                    Map.of("first", chunk.size(), "query", skuQuery(chunk), "location", locationId));
            for (Object n : Json.list(Json.object(data.get("productVariants")).get("nodes"))) {
                Map<String, @Nullable Object> node = Json.object(n);
                String sku = Json.text(node.get("sku"));
                Map<String, @Nullable Object> item = Json.object(node.get("inventoryItem"));
                int available = Json.list(Json.object(item.get("inventoryLevel")).get("quantities")).stream().map(Json::object)
                        .filter(q -> "available".equals(q.get("name")) && q.get("quantity") instanceof Number)
                        .mapToInt(q -> ((Number) Objects.requireNonNull(q.get("quantity"))).intValue()).findFirst().orElse(0);
                if (sku != null && chunk.contains(sku)) {
                    found.putIfAbsent(sku, new StockLevel(String.valueOf(item.get("id")), available));
                }
            }
        }
        return found;
    }

    private static String skuQuery(List<String> skus) {
        return String.join(" OR ", skus.stream().map(s -> "sku:'" + s.replace("'", "\\'") + "'").toList());
    }

    Optional<String> customerByEmail(String email) {
        Map<String, @Nullable Object> data = client.run("find customer by e-mail", ShopifyDocuments.CUSTOMERS_BY_EMAIL,
                Map.of("query", "email:'" + email + "'"));
        return Json.list(Json.object(data.get("customers")).get("nodes")).stream().map(Json::object)
                .filter(c -> email.equalsIgnoreCase(Objects.toString(c.get("email"), "")))
                .map(c -> String.valueOf(c.get("id"))).findFirst();
    }

    Optional<String> collectionByHandle(String handle) {
        Map<String, @Nullable Object> data = client.run("find collection", ShopifyDocuments.COLLECTION_BY_HANDLE,
                Map.of("query", "handle:'" + handle + "'"));
        return Json.list(Json.object(data.get("collections")).get("nodes")).stream().map(Json::object)
                .filter(c -> handle.equals(c.get("handle"))).map(c -> String.valueOf(c.get("id"))).findFirst();
    }

    /** A location id from a GID, a location name, or the first active location. */
    String location(@Nullable String nameOrId) {
        if (locations.isEmpty()) {
            Map<String, @Nullable Object> data = client.run("read locations", ShopifyDocuments.LOCATIONS, Map.of());
            for (Object n : Json.list(Json.object(data.get("locations")).get("nodes"))) {
                Map<String, @Nullable Object> node = Json.object(n);
                locations.put(String.valueOf(node.get("name")), String.valueOf(node.get("id")));
                locations.putIfAbsent("", String.valueOf(node.get("id")));
            }
        }
        if (nameOrId != null && nameOrId.startsWith("gid://")) {
            return nameOrId;
        }
        String id = locations.get(nameOrId == null ? "" : nameOrId);
        if (id == null) {
            throw new ConnectorException(ShopifyClient.SYSTEM, "stock", 0, false, "no location named '" + nameOrId + "'");
        }
        return id;
    }

    /** Handles are lower case ASCII with dashes, as Shopify builds them from titles. */
    static String handle(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
