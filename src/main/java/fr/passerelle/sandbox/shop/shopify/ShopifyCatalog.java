package fr.passerelle.sandbox.shop.shopify;

import fr.passerelle.sandbox.shop.ShopJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Products with their variants, inventory per location, collections and locations, with the
 * semantics of {@code productSet} (list fields replaced, scalars merged), {@code productVariantsBulkUpdate},
 * {@code inventorySetQuantities} (all or nothing) and collections. Guarded by the sandbox's lock.
 */
final class ShopifyCatalog {

    static final Set<String> STATUSES = Set.of("ACTIVE", "DRAFT", "ARCHIVED");

    final Map<String, Map<String, @Nullable Object>> products = new LinkedHashMap<>();
    final Map<String, Map<String, @Nullable Object>> collections = new LinkedHashMap<>();
    final List<Map<String, @Nullable Object>> locations = new ArrayList<>();
    /** inventory item id -> location id -> available. */
    final Map<String, Map<String, Integer>> inventory = new LinkedHashMap<>();
    private final AtomicLong ids;

    ShopifyCatalog(AtomicLong ids) {
        this.ids = ids;
        locations.add(new LinkedHashMap<>(Map.of("id", "gid://shopify/Location/1", "name", "Entrepôt Lyon", "isActive", true)));
        locations.add(new LinkedHashMap<>(Map.of("id", "gid://shopify/Location/2", "name", "Boutique Paris", "isActive", true)));
    }

    String gid(String type) {
        return "gid://shopify/" + type + "/" + ids.incrementAndGet();
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** {@code productSet}: returns the user errors, empty when the product was saved. */
    List<Map<String, @Nullable Object>> productSet(Map<String, @Nullable Object> input, List<String> created) {
        String id = ShopJson.text(input.get("id"));
        Map<String, @Nullable Object> product = id == null ? null : products.get(id);
        if (id != null && product == null) {
            return List.of(userError(List.of("input", "id"), "Product does not exist", "PRODUCT_DOES_NOT_EXIST"));
        }
        String title = ShopJson.text(input.get("title"));
        if ((product == null && (title == null || title.isBlank())) || (title != null && title.isBlank())) {
            return List.of(userError(List.of("input", "title"), "Title can't be blank", "INVALID_PRODUCT"));
        }
        if (input.containsKey("status") && !STATUSES.contains(String.valueOf(input.get("status")))) {
            return List.of(userError(List.of("input", "status"), "Status is invalid", "INVALID_PRODUCT"));
        }
        List<@Nullable Object> variants = ShopJson.list(input.get("variants"));
        for (int i = 0; i < variants.size(); i++) {
            String price = ShopJson.text(ShopJson.object(variants.get(i)).get("price"));
            if (price != null && new BigDecimal(price).signum() < 0) {
                return List.of(userError(List.of("input", "variants", Integer.toString(i), "price"),
                        "Price must be greater than or equal to 0", "INVALID_VARIANT"));
            }
        }
        if (product == null) {
            product = new LinkedHashMap<>();
            id = gid("Product");
            product.put("id", id);
            product.put("createdAt", now());
            product.put("status", "ACTIVE");
            product.put("descriptionHtml", "");
            product.put("vendor", "");
            product.put("productType", "");
            product.put("tags", new ArrayList<>());
            product.put("metafields", new ArrayList<>());
            product.put("media", new ArrayList<>());
            product.put("seo", new LinkedHashMap<>(Map.of("title", "", "description", "")));
            product.put("variants", new ArrayList<>());
            products.put(id, product);
            created.add(id);
            if (variants.isEmpty()) {
                variants = List.of(Map.of("optionValues", List.of(Map.of("optionName", "Title", "name", "Default Title")),
                        "price", "0.00"));
            }
        }
        for (String scalar : List.of("title", "handle", "descriptionHtml", "vendor", "productType", "status", "tags", "seo")) {
            if (input.containsKey(scalar)) {
                product.put(scalar, ShopJson.normalise(input.get(scalar)));
            }
        }
        if (Objects.toString(product.get("handle"), "").isEmpty()) {
            product.put("handle", String.valueOf(product.get("title")).toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        }
        if (input.containsKey("metafields")) {
            product.put("metafields", metafields(ShopJson.list(input.get("metafields"))));
        }
        if (input.containsKey("files")) {
            List<@Nullable Object> media = new ArrayList<>();
            for (Object file : ShopJson.list(input.get("files"))) {
                Map<String, @Nullable Object> f = ShopJson.object(file);
                media.add(new LinkedHashMap<>(Map.of("id", gid("MediaImage"), "alt", Objects.toString(f.get("alt"), ""),
                        "image", Map.of("url", Objects.toString(f.get("originalSource"), "")))));
            }
            product.put("media", media);
        }
        if (input.containsKey("productOptions")) {
            product.put("options", ShopJson.normalise(input.get("productOptions")));
        }
        if (!variants.isEmpty()) {
            product.put("variants", setVariants(product, variants));
        }
        if (input.containsKey("collections")) {
            String productId = id;
            collections.values().forEach(c -> ShopJson.list(c.get("productIds")).remove(productId));
            for (Object collection : ShopJson.list(input.get("collections"))) {
                Map<String, @Nullable Object> c = collections.get(String.valueOf(collection));
                if (c != null) {
                    ShopJson.list(c.computeIfAbsent("productIds", k -> new ArrayList<>())).add(productId);
                }
            }
        }
        product.put("updatedAt", now());
        return List.of();
    }

    /** Replaces the variant list, keeping the ids (and inventory) of variants matched by id or option values. */
    private List<@Nullable Object> setVariants(Map<String, @Nullable Object> product, List<@Nullable Object> inputs) {
        List<@Nullable Object> old = ShopJson.list(product.get("variants"));
        List<@Nullable Object> out = new ArrayList<>();
        for (Object in : inputs) {
            Map<String, @Nullable Object> input = ShopJson.object(in);
            List<@Nullable Object> options = ShopJson.list(input.get("optionValues"));
            Map<String, @Nullable Object> variant = old.stream().map(ShopJson::object)
                    .filter(v -> Objects.equals(v.get("id"), input.get("id"))
                            || Objects.equals(selectedOptions(options), v.get("selectedOptions")))
                    .findFirst().orElse(null);
            if (variant == null) {
                variant = new LinkedHashMap<>();
                variant.put("id", gid("ProductVariant"));
                variant.put("price", "0.00");
                variant.put("compareAtPrice", null);
                variant.put("barcode", null);
                variant.put("taxable", true);
                variant.put("inventoryPolicy", "DENY");
                String item = gid("InventoryItem");
                variant.put("inventoryItem", new LinkedHashMap<>(Map.of("id", item, "tracked", true)));
                inventory.put(item, new LinkedHashMap<>());
                for (Object q : ShopJson.list(input.get("inventoryQuantities"))) {
                    Map<String, @Nullable Object> quantity = ShopJson.object(q);
                    inventory.get(item).put(String.valueOf(quantity.get("locationId")),
                            ((BigDecimal) Objects.requireNonNull(quantity.get("quantity"))).intValue());
                }
            }
            variant.put("selectedOptions", selectedOptions(options));
            variant.put("title", String.join(" / ", options.stream()
                    .map(o -> String.valueOf(ShopJson.object(o).get("name"))).toList()));
            applyVariant(variant, input);
            variant.put("product", Map.of("id", product.get("id")));
            out.add(variant);
        }
        return out;
    }

    void applyVariant(Map<String, @Nullable Object> variant, Map<String, @Nullable Object> input) {
        for (String field : List.of("sku", "price", "compareAtPrice", "barcode", "taxable", "taxCode", "inventoryPolicy")) {
            if (input.containsKey(field)) {
                Object value = input.get(field);
                variant.put(field, value instanceof BigDecimal d ? d.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() : value);
            }
        }
        Map<String, @Nullable Object> item = ShopJson.object(input.get("inventoryItem"));
        if (!item.isEmpty()) {
            Map<String, @Nullable Object> stored = ShopJson.object(variant.get("inventoryItem"));
            item.forEach((k, v) -> stored.put(k, ShopJson.normalise(v)));
            if (item.containsKey("sku")) {
                variant.put("sku", item.get("sku"));
            }
        }
        if (input.containsKey("metafields")) {
            variant.put("metafields", metafields(ShopJson.list(input.get("metafields"))));
        }
    }

    private static List<@Nullable Object> selectedOptions(List<@Nullable Object> optionValues) {
        List<@Nullable Object> out = new ArrayList<>();
        for (Object o : optionValues) {
            Map<String, @Nullable Object> value = ShopJson.object(o);
            out.add(new LinkedHashMap<>(Map.of("name", String.valueOf(value.get("optionName")),
                    "value", String.valueOf(value.get("name")))));
        }
        return out;
    }

    List<@Nullable Object> metafields(List<@Nullable Object> inputs) {
        List<@Nullable Object> out = new ArrayList<>();
        for (Object in : inputs) {
            Map<String, @Nullable Object> m = ShopJson.copy(ShopJson.object(in));
            m.putIfAbsent("namespace", "custom");
            m.putIfAbsent("type", "single_line_text_field");
            m.put("id", gid("Metafield"));
            out.add(m);
        }
        return out;
    }

    /** The variant with this id and its product, or null. */
    @Nullable Map<String, @Nullable Object> variant(String id) {
        for (Map<String, @Nullable Object> product : products.values()) {
            for (Object v : ShopJson.list(product.get("variants"))) {
                if (id.equals(ShopJson.object(v).get("id"))) {
                    return ShopJson.object(v);
                }
            }
        }
        return null;
    }

    List<Map<String, @Nullable Object>> allVariants() {
        List<Map<String, @Nullable Object>> out = new ArrayList<>();
        products.values().forEach(p -> ShopJson.list(p.get("variants")).forEach(v -> out.add(variantView(ShopJson.object(v), p))));
        return out;
    }

    /** A variant as queries see it: with its product and its inventory levels per location. */
    Map<String, @Nullable Object> variantView(Map<String, @Nullable Object> variant, Map<String, @Nullable Object> product) {
        Map<String, @Nullable Object> view = ShopJson.copy(variant);
        view.put("product", Map.of("id", product.get("id"), "title", product.get("title"), "handle", product.get("handle")));
        Map<String, @Nullable Object> item = ShopJson.object(view.get("inventoryItem"));
        Map<String, Integer> levels = inventory.getOrDefault(String.valueOf(item.get("id")), Map.of());
        List<@Nullable Object> views = new ArrayList<>();
        int total = 0;
        for (Map<String, @Nullable Object> location : locations) {
            Integer quantity = levels.get(String.valueOf(location.get("id")));
            if (quantity != null) {
                total += quantity;
                views.add(Map.of("location", location, "quantities", List.of(Map.of("name", "available", "quantity",
                        BigDecimal.valueOf(quantity)))));
            }
        }
        item.put("inventoryLevels", views);
        item.put("sku", view.get("sku"));
        view.put("inventoryQuantity", BigDecimal.valueOf(total));
        return view;
    }

    Map<String, @Nullable Object> productView(Map<String, @Nullable Object> product) {
        Map<String, @Nullable Object> view = ShopJson.copy(product);
        List<@Nullable Object> variants = new ArrayList<>();
        ShopJson.list(product.get("variants")).forEach(v -> variants.add(variantView(ShopJson.object(v), product)));
        view.put("variants", variants);
        view.put("collections", collections.values().stream()
                .filter(c -> ShopJson.list(c.get("productIds")).contains(product.get("id")))
                .map(c -> (Object) Map.of("id", c.get("id"), "title", c.get("title"), "handle", c.get("handle"))).toList());
        view.put("totalInventory", BigDecimal.valueOf(variants.stream()
                .mapToInt(v -> ((BigDecimal) Objects.requireNonNull(ShopJson.object(v).get("inventoryQuantity"))).intValue()).sum()));
        return view;
    }

    static Map<String, @Nullable Object> userError(List<String> field, String message, @Nullable String code) {
        Map<String, @Nullable Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        error.put("code", code);
        return error;
    }
}
