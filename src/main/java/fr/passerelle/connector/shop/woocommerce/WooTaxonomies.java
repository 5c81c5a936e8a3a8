package fr.passerelle.connector.shop.woocommerce;

import fr.passerelle.connector.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Resolves category paths ({@code "Textile > Pulls > Laine"}, as the mapping's {@code path()} builds
 * them from ERP families or custom fields, CAT-1/CAT-2) and brand names (ART-16) to term ids,
 * creating the missing terms level by level. Terms are matched by name under their parent, so
 * re-runs find what the first run created. Caches for the length of a session.
 */
final class WooTaxonomies {

    /** The separator {@code path()} puts between levels. */
    static final String SEPARATOR = " > ";
    static final int MAX_DEPTH = 6;

    private final WooCommerceClient client;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    WooTaxonomies(WooCommerceClient client) {
        this.client = client;
    }

    /** The id of the deepest category of the path, created with its missing ancestors. */
    String categoryId(String path) {
        List<String> levels = split(path);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("empty category path");
        }
        if (levels.size() > MAX_DEPTH) {
            throw new IllegalArgumentException("category path deeper than " + MAX_DEPTH + " levels: " + path);
        }
        String parent = "0";
        StringBuilder sofar = new StringBuilder();
        for (String name : levels) {
            sofar.append(sofar.isEmpty() ? "" : SEPARATOR).append(name);
            String parentId = parent;
            parent = cache.computeIfAbsent("category:" + sofar, k -> term(WooResource.CATEGORY.path(), name, parentId));
        }
        return parent;
    }

    String brandId(String name) {
        return cache.computeIfAbsent("brand:" + name.trim(), k -> term(WooResource.BRAND.path(), name.trim(), null));
    }

    private String term(String path, String name, @Nullable String parentId) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("search", name);
        params.put("per_page", "100");
        if (parentId != null) {
            params.put("parent", parentId);
        }
        for (Map<String, @Nullable Object> term : client.list(path, params).items()) {
            if (name.equalsIgnoreCase(Objects.toString(term.get("name"), "").trim())) {
                return Objects.requireNonNull(Json.text(term.get("id")));
            }
        }
        Map<String, @Nullable Object> body = new java.util.LinkedHashMap<>();
        body.put("name", name);
        if (parentId != null && !parentId.equals("0")) {
            body.put("parent", Long.valueOf(parentId));
        }
        return Objects.requireNonNull(Json.text(client.post(path, body).get("id")));
    }

    static List<String> split(String path) {
        List<String> levels = new ArrayList<>();
        for (String part : path.split(">")) {
            if (!part.isBlank()) {
                levels.add(part.trim());
            }
        }
        return levels;
    }
}
