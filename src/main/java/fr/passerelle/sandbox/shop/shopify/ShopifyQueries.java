package fr.passerelle.sandbox.shop.shopify;

import fr.passerelle.sandbox.shop.ShopJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The query root fields a sync reads. Lists are returned whole and uncopied: {@link Shape} pages them into new maps. */
final class ShopifyQueries {

    private final ShopifyCatalog catalog;
    private final ShopifySales sales;
    private final ShopifyBulk bulk;

    ShopifyQueries(ShopifyCatalog catalog, ShopifySales sales, ShopifyBulk bulk) {
        this.catalog = catalog;
        this.sales = sales;
        this.bulk = bulk;
    }

    @Nullable Object run(GraphQl.Field field) {
        Object query = field.arg("query");
        return switch (field.name()) {
            case "shop" -> Map.of("name", "Passerelle Sandbox", "currencyCode", "EUR", "myshopifyDomain", "passerelle-sandbox.myshopify.com");
            case "products" -> sorted(field, catalog.products.values().stream().map(catalog::productView)
                    .filter(p -> Search.matches(query, Map.of("sku", skuOf(), "handle", get("handle"), "title", get("title"),
                            "status", get("status"), "updated_at", get("updatedAt"), "vendor", get("vendor")), p)));
            case "product" -> catalog.products.containsKey(String.valueOf(field.arg("id")))
                    ? catalog.productView(catalog.products.get(String.valueOf(field.arg("id")))) : null;
            case "productVariants" -> sorted(field, catalog.allVariants().stream().filter(v -> Search.matches(query,
                    Map.of("sku", get("sku"), "barcode", get("barcode"),
                            "product_id", v2 -> ShopJson.object(v2.get("product")).get("id")), v)));
            case "collections" -> sorted(field, catalog.collections.values().stream().map(this::collectionView)
                    .filter(c -> Search.matches(query, Map.of("handle", get("handle"), "title", get("title"),
                            "updated_at", get("updatedAt")), c)));
            case "collection" -> catalog.collections.containsKey(String.valueOf(field.arg("id")))
                    ? collectionView(catalog.collections.get(String.valueOf(field.arg("id")))) : null;
            case "locations" -> new ArrayList<>(catalog.locations);
            case "customers" -> sorted(field, sales.customers.values().stream()
                    .filter(c -> Search.matches(query, Map.of("email", get("email"), "updated_at", get("updatedAt"),
                            "orders_count", get("numberOfOrders")), c)));
            case "customer" -> sales.customers.get(String.valueOf(field.arg("id")));
            case "orders" -> sorted(field, sales.orders.values().stream()
                    .filter(o -> Search.matches(query, Map.of("updated_at", get("updatedAt"), "created_at", get("createdAt"),
                            "name", get("name"), "financial_status", get("displayFinancialStatus"),
                            "id", o2 -> String.valueOf(o2.get("id")).substring(String.valueOf(o2.get("id")).lastIndexOf('/') + 1)), o)));
            case "webhookSubscriptions" -> sorted(field, sales.webhooks.subscriptions().stream());
            case "order" -> sales.orders.get(String.valueOf(field.arg("id")));
            case "currentBulkOperation" -> bulk.current();
            default -> throw new ShopifyError("undefinedField", "Field '" + field.name() + "' doesn't exist on type 'QueryRoot'");
        };
    }

    private Map<String, @Nullable Object> collectionView(Map<String, @Nullable Object> collection) {
        Map<String, @Nullable Object> view = ShopJson.copy(collection);
        view.put("products", ShopJson.list(collection.get("productIds")).stream()
                .map(id -> catalog.products.get(String.valueOf(id))).filter(Objects::nonNull)
                .map(p -> (Object) catalog.productView(p)).toList());
        return view;
    }

    /** Sorted by {@code sortKey} (UPDATED_AT, or the id), {@code reverse: true} descending. */
    private static List<Map<String, @Nullable Object>> sorted(GraphQl.Field field, Stream<Map<String, @Nullable Object>> records) {
        Comparator<Map<String, @Nullable Object>> byId = Comparator.comparingLong(r -> number(r.get("id")));
        Comparator<Map<String, @Nullable Object>> order = "UPDATED_AT".equals(field.arg("sortKey"))
                ? Comparator.<Map<String, @Nullable Object>, String>comparing(r -> String.valueOf(r.get("updatedAt"))).thenComparing(byId)
                : byId;
        if (Boolean.TRUE.equals(field.arg("reverse"))) {
            order = order.reversed();
        }
        return records.sorted(order).toList();
    }

    private static long number(@Nullable Object gid) {
        String text = String.valueOf(gid);
        return Long.parseLong(text.substring(text.lastIndexOf('/') + 1));
    }

    private static Function<Map<String, @Nullable Object>, @Nullable Object> get(String name) {
        return r -> r.get(name);
    }

    /** A product matches {@code sku:} when one of its variants has that SKU. */
    private static Function<Map<String, @Nullable Object>, @Nullable Object> skuOf() {
        return p -> ShopJson.list(p.get("variants")).stream().map(v -> ShopJson.object(v).get("sku"))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }
}
