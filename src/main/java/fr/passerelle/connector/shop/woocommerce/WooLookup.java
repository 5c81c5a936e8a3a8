package fr.passerelle.connector.shop.woocommerce;

import fr.passerelle.connector.http.Json;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds existing records so that a create adopts them instead of duplicating: products by SKU
 * ({@code sku} takes a comma-separated list, so 100 SKUs cost one call), variations by SKU under
 * their parent, customers by e-mail, categories by name under their parent.
 */
final class WooLookup {

    /** A product, or a variation with its parent. */
    record Target(String id, @Nullable String parentId) {
    }

    private final WooCommerceClient client;

    WooLookup(WooCommerceClient client) {
        this.client = client;
    }

    Map<String, String> productIdsBySku(List<String> skus) {
        Map<String, String> ids = new HashMap<>();
        targetsBySku(skus).forEach((sku, target) -> ids.put(sku, target.id()));
        return ids;
    }

    /** Stock and price ids: a product's id, or {@code <parent id>/<variation id>} for a variation. */
    Map<String, String> stockIdsBySku(List<String> skus) {
        Map<String, String> ids = new HashMap<>();
        targetsBySku(skus).forEach((sku, target) -> ids.put(sku, target.parentId() == null ? target.id()
                : composite(target.parentId(), target.id())));
        return ids;
    }

    static String composite(String parentId, String variationId) {
        return parentId + "/" + variationId;
    }

    Map<String, Target> targetsBySku(List<String> skus) {
        Map<String, Target> found = new HashMap<>();
        recordsBySku(skus).forEach((sku, product) -> {
            String parent = Json.text(product.get("parent_id"));
            found.put(sku, new Target(Objects.requireNonNull(Json.text(product.get("id"))),
                    parent == null || parent.equals("0") ? null : parent));
        });
        return found;
    }

    /**
     * Products and variations as the shop holds them, by SKU: {@code ?sku=a,b,c} searches both post
     * types, so 100 SKUs of any mix of products and variations of any parents cost one call.
     */
    Map<String, Map<String, @Nullable Object>> recordsBySku(List<String> skus) {
        Map<String, Map<String, @Nullable Object>> found = new HashMap<>();
        List<String> distinct = skus.stream().filter(s -> !s.isBlank() && !s.contains(",")).distinct().toList();
        for (int from = 0; from < distinct.size(); from += WooBatch.LIMIT) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + WooBatch.LIMIT));
            Map<String, String> params = new LinkedHashMap<>();
            params.put("sku", String.join(",", chunk));
            params.put("per_page", "100");
            for (Map<String, @Nullable Object> product : client.list(WooResource.PRODUCT.path(), params).items()) {
                found.put(Objects.toString(product.get("sku")), product);
            }
        }
        return found;
    }

    Optional<String> variationIdBySku(String parentId, String sku) {
        return client.list(WooResource.VARIATION.path(parentId), Map.of("sku", sku)).items().stream()
                .filter(v -> sku.equals(v.get("sku"))).map(v -> Json.text(v.get("id"))).filter(Objects::nonNull)
                .findFirst();
    }

    Map<String, String> customerIdsByEmail(List<String> emails) {
        Map<String, String> ids = new HashMap<>();
        for (String email : emails.stream().distinct().toList()) {
            customerIdByEmail(email).ifPresent(id -> ids.put(email, id));
        }
        return ids;
    }

    Optional<String> customerIdByEmail(String email) {
        // role=all: WooCommerce lists only the "customer" role by default, and B2B buyers often have others.
        return client.list(WooResource.CUSTOMER.path(), Map.of("email", email, "role", "all")).items().stream()
                .filter(c -> email.equalsIgnoreCase(Objects.toString(c.get("email"), "")))
                .map(c -> Json.text(c.get("id"))).filter(Objects::nonNull).findFirst();
    }

    /** GRP-1: a Groups group by its exact name (the plug-in's search matches parts of names). */
    Optional<String> groupIdByName(String name) {
        return client.list(WooResource.CUSTOMER_GROUP.path(), Map.of("search", name, "per_page", "100")).items()
                .stream().filter(g -> name.equals(Objects.toString(g.get("name"), "")))
                .map(g -> Json.text(g.get("id"))).filter(Objects::nonNull).findFirst();
    }

    Optional<String> category(String name, @Nullable String parentId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("search", name);
        params.put("parent", parentId == null ? "0" : parentId);
        params.put("per_page", "100");
        return client.list(WooResource.CATEGORY.path(), params).items().stream()
                .filter(c -> name.equalsIgnoreCase(Objects.toString(c.get("name"), "")))
                .map(c -> Json.text(c.get("id"))).filter(Objects::nonNull).findFirst();
    }
}
