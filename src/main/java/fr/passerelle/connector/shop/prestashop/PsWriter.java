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

    PsWriter(PrestaShopClient client, PsLookup lookup) {
        this.client = client;
        this.lookup = lookup;
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
        Object active = entity == PsEntity.STOCK ? fields.remove("active") : null;
        Object addresses = entity == PsEntity.CUSTOMER ? fields.remove("addresses") : null;
        Object specificPrices = entity == PsEntity.PRICE ? fields.remove("specific_prices") : null;
        String reference = PsValues.text(fields.get("reference")); // save() keeps only the stock row's fields
        WriteResult result = save(entity, key, targetId, fields);
        if (imageUrls != null && result.succeeded()) {
            images(java.util.Objects.requireNonNull(result.targetId()), imageUrls);
        }
        if (specificPrices instanceof List<?> list && result.succeeded()) {
            specificPrices(java.util.Objects.requireNonNull(result.targetId()), list);
        }
        if (addresses instanceof List<?> list && result.succeeded()) {
            addresses(key, java.util.Objects.requireNonNull(result.targetId()), list);
        }
        if (active != null && result.succeeded()) {
            activeByStock(key, reference, active);
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
                // PST-1: a state change is an order history, which also mails the customer when asked.
                if (id == null || fields.get("current_state") == null) {
                    throw new IllegalArgumentException("write current_state to an existing order");
                }
                Map<String, @Nullable Object> history = Map.of("id_order", id, "id_order_state", fields.get("current_state"));
                client.send("POST", "order_histories", "order_history", history, java.util.Set.of());
                return WriteResult.updated(key, id);
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

    /**
     * STK-7: stock deactivates a product when it runs out and activates it when it is back. The
     * flag is the product's: a combination's reference (no product has it) leaves it alone.
     */
    private void activeByStock(String key, String reference, Object active) {
        String product = lookup.idBy(PsEntity.PRODUCT, "reference", reference).orElse(null);
        if (product != null) {
            String wanted = Boolean.TRUE.equals(active) || "1".equals(PsValues.text(active))
                    || "true".equals(PsValues.text(active)) ? "1" : "0";
            if (!wanted.equals(PsValues.text(client.get("products", product).get("active")))) {
                save(PsEntity.PRICE, key, product, new LinkedHashMap<>(Map.of("active", wanted)));
            }
        }
    }

    /**
     * CUS-3/4/6: a customer's addresses (its delivery addresses, its contacts at its address), each
     * known by its alias: an alias the customer has is updated, a new one created. Addresses the
     * ERP no longer lists are left alone (PrestaShop keeps them for the orders that used them).
     */
    private void addresses(String key, String customerId, List<?> wanted) {
        Map<String, String> existing = new LinkedHashMap<>();
        client.list("addresses", Map.of("filter[id_customer]", PsValues.filter(customerId), "display", "[id,alias]"))
                .forEach(a -> existing.putIfAbsent(PsValues.text(a.get("alias")), PsValues.text(a.get("id"))));
        for (Object item : wanted) {
            Map<String, @Nullable Object> address = new LinkedHashMap<>(PsValues.object(item));
            address.put("id_customer", customerId);
            String alias = PsValues.text(address.get("alias"));
            WriteResult saved = save(PsEntity.ADDRESS, key, existing.get(alias), address);
            if (!saved.succeeded()) {
                throw new IllegalArgumentException("address '" + alias + "': " + saved.error());
            }
        }
    }

    /**
     * PRC-5/6: the product's group and customer prices are the ERP's. Each wanted one (a group or
     * a customer, from a quantity) is created or updated in place, with its dates ({@code from},
     * {@code to}: PrestaShop ends a price itself on its end date); a group or customer price the
     * ERP no longer has is deleted. Prices for everyone (no group, no customer) are the merchant's
     * promotions and are left alone.
     */
    private void specificPrices(String productId, List<?> wanted) {
        Map<String, String> existing = new LinkedHashMap<>();
        for (Map<String, @Nullable Object> sp : client.list("specific_prices", Map.of("filter[id_product]", PsValues.filter(productId)))) {
            if (!"0".equals(PsValues.text(sp.get("id_group"))) || !"0".equals(PsValues.text(sp.get("id_customer")))) {
                existing.put(priceKey(sp), PsValues.text(sp.get("id")));
            }
        }
        for (Object item : wanted) {
            Map<String, @Nullable Object> sp = new LinkedHashMap<>(PsValues.object(item));
            sp.put("id_product", productId);
            specificPrice(sp);
            String id = existing.remove(priceKey(sp));
            if (id == null) {
                client.send("POST", "specific_prices", "specific_price", sp, java.util.Set.of());
            } else {
                Map<String, @Nullable Object> current = client.get("specific_prices", id);
                boolean same = sp.entrySet().stream().allMatch(e -> PsValues.text(e.getValue()).equals(PsValues.text(current.get(e.getKey())))
                        || PsValues.number(e.getValue()) != null && PsValues.number(current.get(e.getKey())) != null
                        && PsValues.number(e.getValue()).compareTo(PsValues.number(current.get(e.getKey()))) == 0);
                if (!same) {
                    current.putAll(sp);
                    client.send("PUT", "specific_prices/" + id, "specific_price", current, java.util.Set.of());
                }
            }
        }
        existing.values().forEach(id -> client.delete("specific_prices", id));
    }

    private static String priceKey(Map<String, @Nullable Object> sp) {
        java.math.BigDecimal quantity = PsValues.number(sp.get("from_quantity"));
        return PsValues.text(sp.get("id_group")) + "/" + PsValues.text(sp.get("id_customer")) + "/"
                + (quantity == null ? "1" : quantity.stripTrailingZeros().toPlainString());
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
