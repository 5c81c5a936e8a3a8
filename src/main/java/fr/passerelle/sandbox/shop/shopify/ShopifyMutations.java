package fr.passerelle.sandbox.shop.shopify;

import fr.passerelle.sandbox.shop.ShopJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The mutations a sync uses, each answering its documented payload object (with {@code userErrors}). */
final class ShopifyMutations {

    private static final Set<String> REASONS = Set.of("correction", "cycle_count_available", "damaged", "movement_created",
            "movement_updated", "movement_received", "movement_canceled", "other", "promotion", "quality_control",
            "received", "reservation_created", "reservation_deleted", "reservation_updated", "restock", "safety_stock",
            "shrinkage");

    private final ShopifyCatalog catalog;
    private final ShopifySales sales;
    private final ShopifyBulk bulk;

    ShopifyMutations(ShopifyCatalog catalog, ShopifySales sales, ShopifyBulk bulk) {
        this.catalog = catalog;
        this.sales = sales;
        this.bulk = bulk;
    }

    /** Quantities written under a compare-and-set check (compareQuantity or changeFromQuantity), refused or not. */
    long comparedQuantities;

    Map<String, @Nullable Object> run(GraphQl.Field field, String baseUrl, String apiVersion) {
        Map<String, @Nullable Object> input = ShopJson.object(field.arg("input"));
        return switch (field.name()) {
            case "productSet" -> {
                List<String> created = new ArrayList<>();
                List<Map<String, @Nullable Object>> errors = catalog.productSet(input, created);
                String id = errors.isEmpty() ? Objects.requireNonNullElse(ShopJson.text(input.get("id")), created.isEmpty() ? "" : created.getFirst()) : null;
                yield payload("product", id == null ? null : catalog.productView(catalog.products.get(id)), errors);
            }
            case "productVariantsBulkUpdate" -> variantsBulkUpdate(field);
            case "productUpdate" -> productUpdate(ShopJson.object(field.arg("product")));
            case "inventorySetQuantities" -> inventorySet(input, apiVersion);
            case "collectionCreate", "collectionUpdate" -> collection(input);
            case "customerCreate", "customerUpdate" -> {
                List<String> saved = new ArrayList<>();
                List<Map<String, @Nullable Object>> errors = sales.customerSet(input, saved);
                yield payload("customer", saved.isEmpty() ? null : sales.customers.get(saved.getFirst()), errors);
            }
            case "orderUpdate", "orderClose", "orderOpen", "orderMarkAsPaid" -> order(field.name(), input);
            case "fulfillmentCreate" -> fulfillment(ShopJson.object(field.arg("fulfillment")));
            case "metafieldsSet" -> metafieldsSet(ShopJson.list(field.arg("metafields")));
            case "bulkOperationRunQuery" -> bulk.run(String.valueOf(field.arg("query")), baseUrl);
            default -> throw new ShopifyError("undefinedField", "Field '" + field.name() + "' doesn't exist on type 'Mutation'");
        };
    }

    /**
     * {@code productUpdate(product: ProductUpdateInput!)} (API 2024-10+), of which the sandbox keeps
     * the status (ACTIVE, ARCHIVED, DRAFT): what the stock flow deactivates by (STK-7).
     */
    private Map<String, @Nullable Object> productUpdate(Map<String, @Nullable Object> input) {
        Map<String, @Nullable Object> product = catalog.products.get(ShopJson.text(input.get("id")));
        if (product == null) {
            return payload("product", null, List.of(ShopifyCatalog.userError(List.of("id"), "Product does not exist", null)));
        }
        String status = ShopJson.text(input.get("status"));
        if (status != null && !Set.of("ACTIVE", "ARCHIVED", "DRAFT").contains(status)) {
            throw new ShopifyError("argumentLiteralsIncompatible", "Variable $product of type ProductUpdateInput! was provided"
                    + " invalid value for status (Expected \"" + status + "\" to be one of: ACTIVE, ARCHIVED, DRAFT)");
        }
        if (status != null) {
            product.put("status", status);
        }
        return payload("product", catalog.productView(product), List.of());
    }

    private Map<String, @Nullable Object> variantsBulkUpdate(GraphQl.Field field) {
        String productId = String.valueOf(field.arg("productId"));
        Map<String, @Nullable Object> product = catalog.products.get(productId);
        if (product == null) {
            return payload("product", null, List.of(ShopifyCatalog.userError(List.of("productId"), "Product does not exist",
                    "PRODUCT_DOES_NOT_EXIST")));
        }
        List<Map<String, @Nullable Object>> errors = new ArrayList<>();
        List<@Nullable Object> inputs = ShopJson.list(field.arg("variants"));
        Set<Integer> refused = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            Map<String, @Nullable Object> input = ShopJson.object(inputs.get(i));
            Map<String, @Nullable Object> variant = ShopJson.list(product.get("variants")).stream().map(ShopJson::object)
                    .filter(v -> Objects.equals(v.get("id"), input.get("id"))).findFirst().orElse(null);
            String price = ShopJson.text(input.get("price"));
            if (variant == null) {
                errors.add(ShopifyCatalog.userError(List.of("variants", Integer.toString(i), "id"),
                        "Product variant does not exist", "PRODUCT_VARIANT_DOES_NOT_EXIST"));
                refused.add(i);
            } else if (price != null && new BigDecimal(price).signum() < 0) {
                errors.add(ShopifyCatalog.userError(List.of("variants", Integer.toString(i), "price"),
                        "Price cannot take a negative value", "NEGATIVE_PRICE_VALUE"));
                refused.add(i);
            }
        }
        // Without allowPartialUpdates the mutation is all or nothing; with it, the variants
        // named in userErrors are left as they were and the others are updated.
        if (errors.isEmpty() || Boolean.TRUE.equals(field.arg("allowPartialUpdates"))) {
            for (int i = 0; i < inputs.size(); i++) {
                if (refused.contains(i)) {
                    continue;
                }
                Map<String, @Nullable Object> input = ShopJson.object(inputs.get(i));
                ShopJson.list(product.get("variants")).stream().map(ShopJson::object)
                        .filter(v -> Objects.equals(v.get("id"), input.get("id"))).findFirst()
                        .ifPresent(v -> catalog.applyVariant(v, input));
            }
            product.put("updatedAt", ShopifyCatalog.now());
        }
        Map<String, @Nullable Object> result = payload("product", catalog.productView(product), errors);
        result.put("productVariants", catalog.productView(product).get("variants"));
        return result;
    }

    /**
     * Absolute quantities, all or nothing. Compare-and-set: before 2026-04 each quantity's
     * {@code compareQuantity} must equal the stored one unless {@code ignoreCompareQuantity};
     * from 2026-04 it is {@code changeFromQuantity} (null opts out). A mismatch is
     * COMPARE_QUANTITY_STALE / CHANGE_FROM_QUANTITY_STALE on that quantity.
     */
    private Map<String, @Nullable Object> inventorySet(Map<String, @Nullable Object> input, String apiVersion) {
        List<Map<String, @Nullable Object>> errors = new ArrayList<>();
        String name = String.valueOf(input.get("name"));
        if (!name.equals("available") && !name.equals("on_hand")) {
            errors.add(ShopifyCatalog.userError(List.of("input", "name"), "The quantity name must be either 'available' or 'on_hand'.", "INVALID_NAME"));
        }
        if (!REASONS.contains(String.valueOf(input.get("reason")))) {
            errors.add(ShopifyCatalog.userError(List.of("input", "reason"), "The specified reason is invalid.", "INVALID_REASON"));
        }
        List<@Nullable Object> quantities = ShopJson.list(input.get("quantities"));
        boolean v202604 = apiVersion.compareTo("2026-04") >= 0;
        boolean ignoreCompare = !v202604 && Boolean.TRUE.equals(input.get("ignoreCompareQuantity"));
        String compareField = v202604 ? "changeFromQuantity" : "compareQuantity";
        for (int i = 0; i < quantities.size(); i++) {
            Map<String, @Nullable Object> q = ShopJson.object(quantities.get(i));
            String item = String.valueOf(q.get("inventoryItemId"));
            String location = String.valueOf(q.get("locationId"));
            List<String> at = List.of("input", "quantities", Integer.toString(i));
            if (!catalog.inventory.containsKey(item)) {
                errors.add(ShopifyCatalog.userError(append(at, "inventoryItemId"), "The specified inventory item could not be found.", "INVALID_INVENTORY_ITEM"));
            } else if (catalog.locations.stream().noneMatch(l -> location.equals(l.get("id")))) {
                errors.add(ShopifyCatalog.userError(append(at, "locationId"), "The specified location could not be found.", "INVALID_LOCATION"));
            } else if (!ignoreCompare && q.get(compareField) instanceof BigDecimal c) {
                comparedQuantities++;
                if (c.intValue() != catalog.inventory.get(item).getOrDefault(location, 0)) {
                    errors.add(ShopifyCatalog.userError(append(at, compareField), "The " + compareField
                            + " argument no longer matches the persisted quantity.",
                            v202604 ? "CHANGE_FROM_QUANTITY_STALE" : "COMPARE_QUANTITY_STALE"));
                }
            }
        }
        if (!errors.isEmpty()) {
            return payload("inventoryAdjustmentGroup", null, errors); // all or nothing
        }
        List<@Nullable Object> changes = new ArrayList<>();
        for (Object o : quantities) {
            Map<String, @Nullable Object> q = ShopJson.object(o);
            String item = String.valueOf(q.get("inventoryItemId"));
            String location = String.valueOf(q.get("locationId"));
            int quantity = ((BigDecimal) Objects.requireNonNull(q.get("quantity"))).intValue();
            int before = catalog.inventory.get(item).getOrDefault(location, 0);
            catalog.inventory.get(item).put(location, quantity);
            changes.add(Map.of("name", name, "delta", BigDecimal.valueOf(quantity - before),
                    "quantityAfterChange", BigDecimal.valueOf(quantity), "item", Map.of("id", item), "location", Map.of("id", location)));
        }
        Map<String, @Nullable Object> group = new LinkedHashMap<>();
        group.put("id", catalog.gid("InventoryAdjustmentGroup"));
        group.put("reason", input.get("reason"));
        group.put("referenceDocumentUri", input.get("referenceDocumentUri"));
        group.put("changes", changes);
        return payload("inventoryAdjustmentGroup", group, List.of());
    }

    private Map<String, @Nullable Object> collection(Map<String, @Nullable Object> input) {
        String id = ShopJson.text(input.get("id"));
        Map<String, @Nullable Object> collection = id == null ? null : catalog.collections.get(id);
        if (id != null && collection == null) {
            return payload("collection", null, List.of(ShopifyCatalog.userError(List.of("id"), "Collection does not exist", null)));
        }
        String title = ShopJson.text(input.get("title"));
        if ((collection == null && (title == null || title.isBlank())) || (title != null && title.isBlank())) {
            return payload("collection", null, List.of(ShopifyCatalog.userError(List.of("title"), "Title can't be blank", null)));
        }
        String handle = ShopJson.text(input.get("handle"));
        Map<String, @Nullable Object> self = collection;
        if (handle != null && catalog.collections.values().stream().anyMatch(c -> c != self && handle.equals(c.get("handle")))) {
            return payload("collection", null, List.of(ShopifyCatalog.userError(List.of("handle"), "Handle has already been taken", null)));
        }
        if (collection == null) {
            collection = new LinkedHashMap<>();
            collection.put("id", catalog.gid("Collection"));
            collection.put("descriptionHtml", "");
            collection.put("productIds", new ArrayList<>());
            collection.put("metafields", new ArrayList<>());
            catalog.collections.put(String.valueOf(collection.get("id")), collection);
        }
        for (String field : List.of("title", "handle", "descriptionHtml", "sortOrder", "seo", "image")) {
            if (input.containsKey(field)) {
                collection.put(field, ShopJson.normalise(input.get(field)));
            }
        }
        if (Objects.toString(collection.get("handle"), "").isEmpty()) {
            collection.put("handle", String.valueOf(collection.get("title")).toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        }
        if (input.containsKey("metafields")) {
            sales.mergeMetafields(collection, ShopJson.list(input.get("metafields")));
        }
        collection.put("updatedAt", ShopifyCatalog.now());
        return payload("collection", ShopJson.copy(collection), List.of());
    }

    private Map<String, @Nullable Object> order(String mutation, Map<String, @Nullable Object> input) {
        Map<String, @Nullable Object> order = sales.orders.get(String.valueOf(input.get("id")));
        if (order == null) {
            return payload("order", null, List.of(ShopifyCatalog.userError(List.of("id"), "Order does not exist", null)));
        }
        switch (mutation) {
            case "orderClose" -> order.put("closed", true);
            case "orderOpen" -> order.put("closed", false);
            case "orderMarkAsPaid" -> order.put("displayFinancialStatus", "PAID");
            default -> {
                for (String field : List.of("note", "tags", "email")) {
                    if (input.containsKey(field)) {
                        order.put(field, ShopJson.normalise(input.get(field)));
                    }
                }
                if (input.containsKey("metafields")) {
                    sales.mergeMetafields(order, ShopJson.list(input.get("metafields")));
                }
            }
        }
        order.put("updatedAt", ShopifyCatalog.now());
        return payload("order", ShopJson.copy(order), List.of());
    }

    private Map<String, @Nullable Object> fulfillment(Map<String, @Nullable Object> input) {
        List<@Nullable Object> groups = ShopJson.list(input.get("lineItemsByFulfillmentOrder"));
        if (groups.isEmpty()) {
            return payload("fulfillment", null, List.of(ShopifyCatalog.userError(List.of("fulfillment"),
                    "Line items by fulfillment order can't be blank", null)));
        }
        for (Map<String, @Nullable Object> order : sales.orders.values()) {
            for (Object fo : ShopJson.list(order.get("fulfillmentOrders"))) {
                Map<String, @Nullable Object> fulfillmentOrder = ShopJson.object(fo);
                if (!Objects.equals(fulfillmentOrder.get("id"), ShopJson.object(groups.getFirst()).get("fulfillmentOrderId"))) {
                    continue;
                }
                if (!"OPEN".equals(fulfillmentOrder.get("status")) && !"IN_PROGRESS".equals(fulfillmentOrder.get("status"))) {
                    return payload("fulfillment", null, List.of(ShopifyCatalog.userError(List.of("fulfillment"),
                            "Fulfillment order " + fulfillmentOrder.get("id") + " has an unfulfillable status= closed.", null)));
                }
                fulfillmentOrder.put("status", "CLOSED");
                ShopJson.list(fulfillmentOrder.get("lineItems")).forEach(l -> ShopJson.object(l).put("remainingQuantity", BigDecimal.ZERO));
                Map<String, @Nullable Object> tracking = ShopJson.object(input.get("trackingInfo"));
                Map<String, @Nullable Object> info = new LinkedHashMap<>();
                info.put("company", tracking.get("company"));
                info.put("number", tracking.getOrDefault("number", ShopJson.list(tracking.get("numbers")).stream().findFirst().orElse(null)));
                info.put("url", tracking.get("url"));
                Map<String, @Nullable Object> fulfillment = new LinkedHashMap<>();
                fulfillment.put("id", catalog.gid("Fulfillment"));
                fulfillment.put("status", "SUCCESS");
                fulfillment.put("trackingInfo", List.of(info));
                fulfillment.put("createdAt", ShopifyCatalog.now());
                ShopJson.list(order.get("fulfillments")).add(fulfillment);
                order.put("displayFulfillmentStatus", "FULFILLED");
                order.put("updatedAt", ShopifyCatalog.now());
                return payload("fulfillment", ShopJson.copy(fulfillment), List.of());
            }
        }
        return payload("fulfillment", null, List.of(ShopifyCatalog.userError(List.of("fulfillment", "lineItemsByFulfillmentOrder"),
                "Fulfillment order does not exist.", null)));
    }

    private Map<String, @Nullable Object> metafieldsSet(List<@Nullable Object> inputs) {
        List<@Nullable Object> saved = new ArrayList<>();
        for (Object in : inputs) {
            Map<String, @Nullable Object> m = ShopJson.object(in);
            String owner = String.valueOf(m.get("ownerId"));
            Map<String, @Nullable Object> target = catalog.products.containsKey(owner) ? catalog.products.get(owner)
                    : sales.customers.containsKey(owner) ? sales.customers.get(owner) : sales.orders.get(owner);
            if (target == null) {
                return payload("metafields", null, List.of(ShopifyCatalog.userError(List.of("metafields", "ownerId"),
                        "Owner does not exist", "INVALID_VALUE")));
            }
            sales.mergeMetafields(target, List.of(m));
            saved.add(m);
        }
        return payload("metafields", saved, List.of());
    }

    private static List<String> append(List<String> path, String last) {
        List<String> out = new ArrayList<>(path);
        out.add(last);
        return out;
    }

    static Map<String, @Nullable Object> payload(String name, @Nullable Object value, List<Map<String, @Nullable Object>> errors) {
        Map<String, @Nullable Object> payload = new LinkedHashMap<>();
        payload.put(name, value);
        payload.put("userErrors", new ArrayList<>(errors));
        return payload;
    }
}
