package fr.passerelle.connector.shop.woocommerce;

import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.connector.http.Json;
import fr.passerelle.connector.http.Payloads;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes each entity the way WooCommerce allows: batches for terms, products, variations,
 * customers and orders (status, ERP document number in {@code meta_data}); one call per record for
 * order notes, shipment trackings and Groups. Creates look the record up first (product by SKU,
 * customer by e-mail) because WooCommerce has no idempotency key: a re-run adopts, never duplicates.
 */
final class WooWriter {

    private final WooCommerceClient client;
    private final WooBatch batch;
    private final WooTaxonomies taxonomies;
    private final WooLookup lookup;
    private final WooVariableProducts variable;

    WooWriter(WooCommerceClient client, WooTaxonomies taxonomies, WooLookup lookup) {
        this.client = client;
        this.batch = new WooBatch(client);
        this.taxonomies = taxonomies;
        this.lookup = lookup;
        this.variable = new WooVariableProducts(client, batch, lookup);
    }

    /** Simple products in one batch; variable ones (with {@code variations}) with their variations. */
    private void writeProducts(List<WooBatch.Item> items, @Nullable WriteResult[] results) {
        batch.write(WooResource.PRODUCT.path(), items.stream().filter(i -> !WooVariableProducts.isVariable(i))
                .toList(), results);
        List<WooBatch.Item> variable = items.stream().filter(WooVariableProducts::isVariable).toList();
        if (!variable.isEmpty()) {
            this.variable.write(variable, results);
        }
    }

    List<WriteResult> write(WooResource resource, List<WriteRequest> requests) {
        @Nullable WriteResult[] results = new WriteResult[requests.size()];
        List<WooBatch.Item> items = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            WriteRequest request = requests.get(i);
            try {
                Map<String, @Nullable Object> body = Payloads.expand(request.payload());
                items.add(new WooBatch.Item(i, request.key(), request.targetId(), prepare(resource, body)));
            } catch (RuntimeException e) {
                boolean retryable = e instanceof ConnectorException ce && ce.retryable();
                results[i] = WriteResult.failed(request.key(), String.valueOf(e.getMessage()), retryable);
            }
        }
        switch (resource) {
            case CATEGORY -> writeCategories(items, results);
            case BRAND, CUSTOMER, ORDER -> batch.write(resource.path(), adopt(resource, items, results), results);
            case PRODUCT -> writeProducts(adopt(resource, items, results), results);
            case VARIATION -> writeVariations(resolveVariations(items, results), results, false);
            case STOCK, PRICE -> writeVariations(resolveBySku(items, results), results, true);
            case ORDER_NOTE, SHIPMENT_TRACKING, CUSTOMER_GROUP -> postEach(resource, items, results);
            case PROSPECT, PAYMENT -> items.forEach(item -> results[item.index()] =
                    WriteResult.failed(item.key(), resource.entity() + " is read-only", false));
        }
        return Arrays.stream(results).map(Objects::requireNonNull).toList();
    }

    /** Resolves the connector's convenience fields into the shop's own ones. */
    private Map<String, @Nullable Object> prepare(WooResource resource, Map<String, @Nullable Object> body) {
        Map<String, @Nullable Object> out = new LinkedHashMap<>(body);
        Object paths = out.remove("category_paths");
        if (paths != null) {
            List<Map<String, Object>> categories = new ArrayList<>();
            for (Object path : paths instanceof List<?> l ? l : List.of(paths)) {
                if (path != null && !path.toString().isBlank()) {
                    categories.add(Map.of("id", Long.valueOf(taxonomies.categoryId(path.toString()))));
                }
            }
            out.put("categories", categories);
        }
        Object imageUrls = out.remove("image_urls");
        if (imageUrls != null) {
            List<Map<String, Object>> images = new ArrayList<>();
            for (Object url : imageUrls instanceof List<?> l ? l : List.of(imageUrls)) {
                if (url != null && !url.toString().isBlank()) {
                    images.add(Map.of("src", url.toString().trim()));
                }
            }
            out.put("images", images);
        }
        Object brandNames = out.remove("brand_names");
        if (brandNames != null) {
            List<Long> ids = new ArrayList<>();
            for (Object name : brandNames instanceof List<?> l ? l : List.of(brandNames)) {
                if (name != null && !name.toString().isBlank()) {
                    ids.add(Long.valueOf(taxonomies.brandId(name.toString())));
                }
            }
            out.put("brands", ids);
        }
        if (resource == WooResource.CATEGORY && out.get("path") instanceof String path) {
            // A path alone is resolved by the taxonomy walker: name and parent come from it.
            List<String> levels = WooTaxonomies.split(path);
            if (levels.size() > 1) {
                out.put("parent", Long.valueOf(taxonomies.categoryId(String.join(WooTaxonomies.SEPARATOR,
                        levels.subList(0, levels.size() - 1)))));
            }
            out.putIfAbsent("name", levels.getLast());
            out.remove("path");
        }
        return out;
    }

    private static final Set<String> NAME_AND_PARENT = Set.of("name", "parent");

    private void writeCategories(List<WooBatch.Item> items, @Nullable WriteResult[] results) {
        List<WooBatch.Item> adopted = new ArrayList<>();
        for (WooBatch.Item item : items) {
            String id = item.id();
            if (id == null) {
                id = lookup.category(Objects.toString(item.body().get("name"), ""),
                        Json.text(item.body().get("parent"))).orElse(null);
                if (id != null && NAME_AND_PARENT.containsAll(item.body().keySet())) {
                    // found by its name under its parent (made as a level of an earlier path):
                    // it already is what the record says, so sending it again would change nothing
                    results[item.index()] = WriteResult.updated(item.key(), id);
                    continue;
                }
            }
            adopted.add(new WooBatch.Item(item.index(), item.key(), id, item.body()));
        }
        batch.write(WooResource.CATEGORY.path(), adopted, results);
    }

    /** Creates become updates when the shop already has the record (same SKU, same e-mail). */
    private List<WooBatch.Item> adopt(WooResource resource, List<WooBatch.Item> items, @Nullable WriteResult[] results) {
        Map<String, String> existing = switch (resource) {
            case PRODUCT -> lookup.productIdsBySku(items.stream().filter(i -> i.id() == null)
                    .map(i -> Json.text(i.body().get("sku"))).filter(Objects::nonNull).toList());
            case CUSTOMER -> lookup.customerIdsByEmail(items.stream().filter(i -> i.id() == null)
                    .map(i -> Json.text(i.body().get("email"))).filter(Objects::nonNull).toList());
            default -> Map.of();
        };
        String field = resource == WooResource.PRODUCT ? "sku" : "email";
        List<WooBatch.Item> out = new ArrayList<>();
        for (WooBatch.Item item : items) {
            if (item.id() == null && resource == WooResource.ORDER) {
                results[item.index()] = WriteResult.failed(item.key(), "orders are read from the shop, not created", false);
                continue;
            }
            String found = item.id() == null ? existing.get(Json.text(item.body().get(field))) : item.id();
            out.add(new WooBatch.Item(item.index(), item.key(), found, item.body()));
        }
        return out;
    }

    /** Variations need their parent: {@code parent_id} in the payload; a create adopts by SKU under it. */
    private List<WooBatch.Item> resolveVariations(List<WooBatch.Item> items, @Nullable WriteResult[] results) {
        List<WooBatch.Item> out = new ArrayList<>();
        for (WooBatch.Item item : items) {
            String parent = Json.text(item.body().get("parent_id"));
            if (parent == null) {
                results[item.index()] = WriteResult.failed(item.key(), "parent_id (the variable product) is missing", false);
                continue;
            }
            String id = item.id();
            String sku = Json.text(item.body().get("sku"));
            if (id == null && sku != null) {
                id = lookup.variationIdBySku(parent, sku).orElse(null);
            }
            out.add(new WooBatch.Item(item.index(), item.key(), id, item.body()));
        }
        return out;
    }

    /** Stock and prices update existing products or variations, found by id link or by SKU. */
    private List<WooBatch.Item> resolveBySku(List<WooBatch.Item> items, @Nullable WriteResult[] results) {
        Map<String, WooLookup.Target> bySku = lookup.targetsBySku(items.stream().filter(i -> i.id() == null)
                .map(i -> Json.text(i.body().get("sku"))).filter(Objects::nonNull).toList());
        List<WooBatch.Item> out = new ArrayList<>();
        for (WooBatch.Item item : items) {
            Map<String, @Nullable Object> body = new LinkedHashMap<>(item.body());
            String id = item.id();
            String parent = Json.text(body.get("parent_id"));
            if (id != null && id.contains("/")) {
                // a variation's stock or price id: "<parent id>/<variation id>" (WooCommerceSession.findIds)
                body.put("parent_id", Long.valueOf(id.substring(0, id.indexOf('/'))));
                id = id.substring(id.indexOf('/') + 1);
            }
            if (id == null && parent != null) {
                id = lookup.variationIdBySku(parent, Objects.toString(body.get("sku"), "")).orElse(null);
            }
            if (id == null) {
                WooLookup.Target target = bySku.get(Json.text(body.get("sku")));
                if (target == null) {
                    results[item.index()] = WriteResult.failed(item.key(),
                            "no product or variation with SKU '" + body.get("sku") + "'", false);
                    continue;
                }
                id = target.id();
                if (target.parentId() != null) {
                    body.put("parent_id", Long.valueOf(target.parentId()));
                }
            }
            out.add(new WooBatch.Item(item.index(), item.key(), id, body));
        }
        return out;
    }

    /** Products without {@code parent_id} go to {@code products/batch}, variations to their parent's batch. */
    private void writeVariations(List<WooBatch.Item> items, @Nullable WriteResult[] results, boolean compositeIds) {
        Map<String, List<WooBatch.Item>> byParent = new LinkedHashMap<>();
        for (WooBatch.Item item : items) {
            String parent = Json.text(item.body().get("parent_id"));
            Map<String, @Nullable Object> body = new LinkedHashMap<>(item.body());
            body.remove("parent_id");
            byParent.computeIfAbsent(parent == null ? "" : parent, k -> new ArrayList<>())
                    .add(new WooBatch.Item(item.index(), item.key(), item.id(), body));
        }
        byParent.forEach((parent, group) -> {
            batch.write(parent.isEmpty() ? WooResource.PRODUCT.path() : WooResource.VARIATION.path(parent), group,
                    results);
            if (compositeIds && !parent.isEmpty()) {
                // stock and prices keep a variation's id with its parent's, so the next run needs no look-up
                for (WooBatch.Item item : group) {
                    WriteResult result = results[item.index()];
                    if (result != null && result.succeeded() && result.targetId() != null) {
                        results[item.index()] = WriteResult.updated(result.key(), WooLookup.composite(parent,
                                result.targetId()));
                    }
                }
            }
        });
    }

    private void postEach(WooResource resource, List<WooBatch.Item> items, @Nullable WriteResult[] results) {
        for (WooBatch.Item item : items) {
            Map<String, @Nullable Object> body = new LinkedHashMap<>(item.body());
            try {
                String path = resource.path();
                if (resource != WooResource.CUSTOMER_GROUP) {
                    String order = Json.text(body.remove("order_id"));
                    if (order == null) {
                        results[item.index()] = WriteResult.failed(item.key(), "order_id is missing", false);
                        continue;
                    }
                    path = resource.path(order);
                }
                Map<String, @Nullable Object> answer = item.id() != null && resource == WooResource.CUSTOMER_GROUP
                        ? client.put(path + "/" + item.id(), body) : client.post(path, body);
                String id = Json.text(answer.get(resource == WooResource.SHIPMENT_TRACKING ? "tracking_id" : "id"));
                results[item.index()] = item.id() != null && resource == WooResource.CUSTOMER_GROUP
                        ? WriteResult.updated(item.key(), item.id())
                        : WriteResult.created(item.key(), Objects.requireNonNullElse(id, ""));
            } catch (ConnectorException e) {
                results[item.index()] = WriteResult.failed(item.key(), e.getMessage(), e.retryable());
            }
        }
    }
}
