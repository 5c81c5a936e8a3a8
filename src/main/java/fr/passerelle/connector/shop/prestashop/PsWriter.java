package fr.passerelle.connector.shop.prestashop;

import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.connector.http.Payloads;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writes one record per call (the webservice has no batch): creates POST the record, updates GET
 * it, merge the mapped fields (other languages kept), drop the read-only nodes and PUT it back.
 * Creates adopt an existing record first (product and combination by reference, customer by
 * e-mail, category by name under its parent). A refused record fails alone.
 */
final class PsWriter {

    private final PrestaShopClient client;
    private final PsLookup lookup;
    private final PsOrderStatus orderStatus;

    PsWriter(PrestaShopClient client, PsLookup lookup) {
        this.client = client;
        this.lookup = lookup;
        this.orderStatus = new PsOrderStatus(client);
    }

    List<WriteResult> write(PsEntity entity, List<WriteRequest> requests) {
        List<WriteResult> results = new ArrayList<>();
        for (WriteRequest request : requests) {
            try {
                results.add(one(entity, request.key(), request.targetId(), Payloads.expand(request.payload())));
            } catch (ConnectorException e) {
                results.add(WriteResult.failed(request.key(), e.getMessage(), e.retryable()));
            } catch (RuntimeException e) {
                results.add(WriteResult.failed(request.key(), String.valueOf(e.getMessage()), false));
            }
        }
        return results;
    }

    private WriteResult one(PsEntity entity, String key, @Nullable String targetId, Map<String, @Nullable Object> payload) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>(payload);
        Object imageUrls = entity == PsEntity.PRODUCT ? fields.remove("image_urls") : null;
        WriteResult result = save(entity, key, targetId, fields);
        if (imageUrls != null && result.succeeded()) {
            images(java.util.Objects.requireNonNull(result.targetId()), imageUrls);
        }
        return result;
    }

    /**
     * ART-13/14: photos are fetched from their URL and uploaded. Only a product without images gets
     * them, so re-runs add no duplicates (the webservice keeps no source URL to compare with).
     */
    private void images(String productId, Object urls) {
        Map<String, @Nullable Object> product = client.get("products", productId);
        if (!PsValues.list(PsValues.object(product.get(PsDocuments.ASSOCIATIONS)).get("images")).isEmpty()) {
            return;
        }
        for (Object url : urls instanceof List<?> l ? l : List.of(urls)) {
            String text = PsValues.text(url).trim();
            if (!text.isEmpty()) {
                String name = text.substring(text.lastIndexOf('/') + 1);
                String type = name.toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? "image/png"
                        : name.toLowerCase(java.util.Locale.ROOT).endsWith(".gif") ? "image/gif" : "image/jpeg";
                client.uploadImage("images/products/" + productId, name, type, client.download(text));
            }
        }
    }

    private WriteResult save(PsEntity entity, String key, @Nullable String targetId, Map<String, @Nullable Object> fields) {
        String id = targetId;
        PsEntity target = entity;
        switch (entity) {
            case CATEGORY -> {
                if (fields.get("path") instanceof String path) {
                    String found = lookup.categoryPath(path);
                    return Objects.equals(found, targetId) ? WriteResult.updated(key, found) : WriteResult.created(key, found);
                }
            }
            case PRODUCT -> {
                categories(fields);
                if (fields.remove("manufacturer") instanceof String brand && !brand.isBlank()) {
                    fields.put("id_manufacturer", lookup.idBy(PsEntity.MANUFACTURER, "name", brand).orElseGet(() -> PsValues.text(
                            client.send("POST", "manufacturers", "manufacturer", Map.of("name", brand, "active", "1"), java.util.Set.of()).get("id"))));
                }
                if (id == null && fields.get("reference") != null) {
                    id = lookup.idBy(PsEntity.PRODUCT, "reference", PsValues.text(fields.get("reference"))).orElse(null);
                }
                if (id == null && fields.get("name") != null) {
                    fields.putIfAbsent("link_rewrite", PsLookup.rewrite(PsValues.text(fields.get("name"))));
                }
            }
            case COMBINATION -> {
                product(fields);
                Map<String, @Nullable Object> options = PsValues.object(fields.remove("options"));
                if (!options.isEmpty()) {
                    List<Map<String, String>> values = new ArrayList<>();
                    options.forEach((group, value) -> values.add(Map.of("id", lookup.optionValue(group, PsValues.text(value)))));
                    fields.put(PsDocuments.ASSOCIATIONS, Map.of("product_option_values", values));
                }
                fields.putIfAbsent("minimal_quantity", "1");
                if (id == null && fields.get("reference") != null) {
                    id = lookup.idBy(PsEntity.COMBINATION, "reference", PsValues.text(fields.get("reference"))).orElse(null);
                }
            }
            case STOCK -> {
                id = stockRow(fields);
                fields.keySet().retainAll(List.of("quantity", "out_of_stock", "depends_on_stock"));
            }
            case PRICE -> {
                String reference = PsValues.text(fields.remove("reference"));
                id = id != null ? id : lookup.idBy(PsEntity.PRODUCT, "reference", reference)
                        .orElseThrow(() -> new IllegalArgumentException("no product with reference '" + reference + "'"));
            }
            case SPECIFIC_PRICE -> specificPrice(fields);
            case CUSTOMER -> {
                if (id == null && fields.get("email") != null) {
                    id = lookup.idBy(PsEntity.CUSTOMER, "email", PsValues.text(fields.get("email"))).orElse(null);
                }
                if (id == null) {
                    fields.putIfAbsent("passwd", UUID.randomUUID().toString()); // the customer resets it to log in
                }
                Object groupIds = fields.remove("group_ids");
                if (groupIds != null) {
                    List<Map<String, String>> groups = PsValues.list(groupIds instanceof List<?> ? groupIds : List.of(groupIds)).stream()
                            .map(g -> Map.of("id", PsValues.text(g))).toList();
                    fields.put(PsDocuments.ASSOCIATIONS, Map.of("groups", groups));
                    fields.putIfAbsent("id_default_group", groups.isEmpty() ? "3" : groups.getFirst().get("id"));
                }
            }
            case ADDRESS -> {
                if (fields.remove("customer_email") instanceof String email) {
                    fields.put("id_customer", lookup.idBy(PsEntity.CUSTOMER, "email", email)
                            .orElseThrow(() -> new IllegalArgumentException("no customer with e-mail " + email)));
                }
            }
            case ORDER -> {
                if (id == null) {
                    throw new IllegalArgumentException("orders are read from the shop, not created");
                }
                return orderStatus.write(key, id, fields);
            }
            case ORDER_CARRIER -> {
                if (id == null) {
                    String order = PsValues.text(fields.get("id_order"));
                    id = client.list("order_carriers", Map.of("filter[id_order]", PsValues.filter(order), "display", "[id]")).stream()
                            .map(r -> PsValues.text(r.get("id"))).findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("order " + order + " has no carrier"));
                }
            }
            case PAYMENT, PROSPECT -> throw new IllegalArgumentException(entity.entity() + " is read from the shop");
            default -> {
            }
        }
        if (id == null) {
            return WriteResult.created(key, PsValues.text(client.send("POST", target.resource, target.element, fields, target.multilingual).get("id")));
        }
        Map<String, @Nullable Object> current = client.getAllLanguages(target.resource, id, target.multilingual);
        for (Map.Entry<String, @Nullable Object> field : fields.entrySet()) {
            if (target.multilingual.contains(field.getKey()) && !(field.getValue() instanceof Map<?, ?>)) {
                Map<String, @Nullable Object> languages = new LinkedHashMap<>(PsValues.object(current.get(field.getKey())));
                client.languages.forEach(l -> languages.put(l, field.getValue()));
                current.put(field.getKey(), languages);
            } else {
                current.put(field.getKey(), field.getValue());
            }
        }
        target.readOnly.forEach(current::remove);
        client.send("PUT", target.resource + "/" + id, target.element, current, target.multilingual);
        return WriteResult.updated(key, id);
    }

    /** {@code category_paths} -> associations.categories (created when missing), the first being the default. */
    private void categories(Map<String, @Nullable Object> fields) {
        Object paths = fields.remove("category_paths");
        if (paths == null) {
            return;
        }
        List<Map<String, String>> ids = new ArrayList<>();
        for (Object path : paths instanceof List<?> l ? l : List.of(paths)) {
            if (path != null && !path.toString().isBlank()) {
                ids.add(Map.of("id", lookup.categoryPath(path.toString())));
            }
        }
        if (!ids.isEmpty()) {
            fields.putIfAbsent("id_category_default", ids.getFirst().get("id"));
            Map<String, @Nullable Object> associations = new LinkedHashMap<>(PsValues.object(fields.get(PsDocuments.ASSOCIATIONS)));
            associations.put("categories", ids);
            fields.put(PsDocuments.ASSOCIATIONS, associations);
        }
    }

    private void product(Map<String, @Nullable Object> fields) {
        if (fields.remove("product_reference") instanceof String reference) {
            fields.put("id_product", lookup.idBy(PsEntity.PRODUCT, "reference", reference)
                    .orElseThrow(() -> new IllegalArgumentException("no product with reference '" + reference + "'")));
        }
    }

    /** The stock row of a product or combination reference. */
    private String stockRow(Map<String, @Nullable Object> fields) {
        String reference = PsValues.text(fields.get("reference"));
        String product = lookup.idBy(PsEntity.PRODUCT, "reference", reference).orElse(null);
        String attribute = "0";
        if (product == null) {
            Map<String, @Nullable Object> combination = client.list("combinations", Map.of("filter[reference]", PsValues.filter(reference),
                    "display", "[id,id_product]")).stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no product or combination with reference '" + reference + "'"));
            product = PsValues.text(combination.get("id_product"));
            attribute = PsValues.text(combination.get("id"));
        }
        Map<String, String> params = Map.of("filter[id_product]", PsValues.filter(product),
                "filter[id_product_attribute]", PsValues.filter(attribute), "display", "[id]");
        return client.list("stock_availables", params).stream().map(r -> PsValues.text(r.get("id"))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stock row for '" + reference + "'"));
    }

    private void specificPrice(Map<String, @Nullable Object> fields) {
        if (fields.remove("reference") instanceof String reference) {
            fields.put("id_product", lookup.idBy(PsEntity.PRODUCT, "reference", reference)
                    .orElseThrow(() -> new IllegalArgumentException("no product with reference '" + reference + "'")));
        }
        if (fields.remove("customer_email") instanceof String email) {
            fields.put("id_customer", lookup.idBy(PsEntity.CUSTOMER, "email", email)
                    .orElseThrow(() -> new IllegalArgumentException("no customer with e-mail " + email)));
        }
        for (String zero : List.of("id_product_attribute", "id_shop", "id_cart", "id_currency", "id_country", "id_group", "id_customer")) {
            fields.putIfAbsent(zero, "0");
        }
        fields.putIfAbsent("from_quantity", "1");
        fields.putIfAbsent("reduction", "0");
        fields.putIfAbsent("reduction_tax", "1");
        fields.putIfAbsent("reduction_type", "amount");
        fields.putIfAbsent("from", "0000-00-00 00:00:00");
        fields.putIfAbsent("to", "0000-00-00 00:00:00");
        fields.putIfAbsent("price", "-1");
    }
}
