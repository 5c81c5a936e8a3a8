package fr.passerelle.connector.shop.shopify;

import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.http.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Categories as Shopify collections. Collections are flat, so a tree of up to 6 levels (CAT-2) is
 * kept as one collection per node, whose handle is built from the whole path (stable across
 * runs, so re-runs find it) and whose {@code passerelle.parent} metafield (a collection reference)
 * points at the parent node, for themes that draw a menu tree.
 */
final class ShopifyCollections {

    static final int MAX_DEPTH = 6;

    private final ShopifyClient client;
    private final ShopifyLookup lookup;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    ShopifyCollections(ShopifyClient client, ShopifyLookup lookup) {
        this.client = client;
        this.lookup = lookup;
    }

    /** The collection of the path's deepest level, created with its missing ancestors. */
    String collectionId(String path) {
        List<String> levels = new ArrayList<>();
        for (String part : path.split(">")) {
            if (!part.isBlank()) {
                levels.add(part.trim());
            }
        }
        if (levels.isEmpty() || levels.size() > MAX_DEPTH) {
            throw new IllegalArgumentException("a category path has 1 to " + MAX_DEPTH + " levels: '" + path + "'");
        }
        String parent = null;
        StringBuilder handle = new StringBuilder();
        for (String level : levels) {
            handle.append(handle.isEmpty() ? "" : "-").append(ShopifyLookup.handle(level));
            String h = handle.toString();
            String parentId = parent;
            parent = cache.computeIfAbsent(h, k -> lookup.collectionByHandle(h).orElseGet(() -> create(level, h, parentId)));
        }
        return parent;
    }

    private String create(String title, String handle, @Nullable String parentId) {
        Map<String, @Nullable Object> input = new LinkedHashMap<>();
        input.put("title", title);
        input.put("handle", handle);
        if (parentId != null) {
            input.put("metafields", List.of(Map.of("namespace", "passerelle", "key", "parent",
                    "type", "collection_reference", "value", parentId)));
        }
        Map<String, @Nullable Object> payload = Json.object(client.run("collectionCreate", ShopifyDocuments.COLLECTION_CREATE,
                Map.of("input", input)).get("collectionCreate"));
        String errors = ShopifyClient.userErrors(payload);
        if (errors != null) {
            throw new ConnectorException(ShopifyClient.SYSTEM, "collectionCreate", 200, false, errors);
        }
        return String.valueOf(Json.object(payload.get("collection")).get("id"));
    }
}
