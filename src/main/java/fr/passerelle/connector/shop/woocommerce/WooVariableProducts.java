package fr.passerelle.connector.shop.woocommerce;

import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.connector.http.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Variable products (ART-3): a product payload with a {@code variations} list is written as the
 * parent ({@code products/batch}) and its variations ({@code products/<id>/variations/batch}, one
 * call per parent and 100 operations, creates, updates and deletes together).
 *
 * <p>Each variation is found by its SKU under its parent (the variant's id link in the shop: a
 * SKU is unique across products and variations), and only what differs from the shop's record is
 * sent: a variant added is created, a variant whose price, status or axis value changed is updated
 * alone, a variant gone from the ERP is deleted, and a parent whose own fields did not change is
 * not written. The current records come from one {@code ?sku=} look-up per 100 SKUs (parents and
 * variations of any number of products together), not one call per variation.
 */
final class WooVariableProducts {

    static final String VARIATIONS = "variations";

    private final WooCommerceClient client;
    private final WooBatch batch;
    private final WooLookup lookup;

    WooVariableProducts(WooCommerceClient client, WooBatch batch, WooLookup lookup) {
        this.client = client;
        this.batch = batch;
        this.lookup = lookup;
    }

    static boolean isVariable(WooBatch.Item item) {
        return item.body().get(VARIATIONS) instanceof List<?>;
    }

    void write(List<WooBatch.Item> items, @Nullable WriteResult[] results) {
        List<WooBatch.Item> parents = new ArrayList<>();
        Map<Integer, List<Map<String, @Nullable Object>>> variations = new LinkedHashMap<>();
        List<String> skus = new ArrayList<>();
        for (WooBatch.Item item : items) {
            Map<String, @Nullable Object> body = new LinkedHashMap<>(item.body());
            List<Map<String, @Nullable Object>> variants = new ArrayList<>();
            Json.list(body.remove(VARIATIONS)).forEach(v -> variants.add(new LinkedHashMap<>(Json.object(v))));
            variations.put(item.index(), variants);
            parents.add(new WooBatch.Item(item.index(), item.key(), item.id(), body));
            if (item.id() != null) {
                skus.add(Objects.toString(body.get("sku"), ""));
            }
            variants.forEach(v -> skus.add(Objects.toString(v.get("sku"), "")));
        }
        Map<String, Map<String, @Nullable Object>> current = lookup.recordsBySku(skus);
        List<WooBatch.Item> toWrite = new ArrayList<>();
        Map<Integer, Map<String, @Nullable Object>> existingParents = new LinkedHashMap<>();
        for (WooBatch.Item parent : parents) {
            Map<String, @Nullable Object> shop = parent.id() == null ? null
                    : current.get(Objects.toString(parent.body().get("sku"), ""));
            if (shop != null && Objects.equals(Json.text(shop.get("id")), parent.id())) {
                existingParents.put(parent.index(), shop);
                if (WooDiff.covers(shop, parent.body())) {
                    results[parent.index()] = WriteResult.updated(parent.key(), parent.id());
                    continue; // the parent is as the ERP says: only its variations may need writing
                }
            }
            toWrite.add(parent);
        }
        batch.write(WooResource.PRODUCT.path(), toWrite, results);
        for (WooBatch.Item parent : parents) {
            WriteResult written = results[parent.index()];
            if (written == null || !written.succeeded()) {
                continue;
            }
            String id = Objects.requireNonNull(written.targetId());
            String failure = writeVariations(id, variations.get(parent.index()), current,
                    existingParents.get(parent.index()));
            if (failure != null) {
                results[parent.index()] = WriteResult.failed(parent.key(), failure, false);
            }
        }
    }

    /** The variations of one parent: the differences only. Returns the first refusal, or null. */
    private @Nullable String writeVariations(String parentId, List<Map<String, @Nullable Object>> variants,
            Map<String, Map<String, @Nullable Object>> current, @Nullable Map<String, @Nullable Object> parent) {
        List<Map<String, @Nullable Object>> creates = new ArrayList<>();
        List<Map<String, @Nullable Object>> updates = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (Map<String, @Nullable Object> variant : variants) {
            Map<String, @Nullable Object> shop = current.get(Objects.toString(variant.get("sku"), ""));
            if (shop != null && parentId.equals(Json.text(shop.get("parent_id")))) {
                String id = Objects.requireNonNull(Json.text(shop.get("id")));
                kept.add(id);
                if (!WooDiff.covers(shop, variant)) {
                    Map<String, @Nullable Object> update = new LinkedHashMap<>(variant);
                    update.put("id", Long.valueOf(id));
                    updates.add(update);
                }
            } else {
                creates.add(variant);
            }
        }
        List<Object> deletes = new ArrayList<>();
        if (parent != null) {
            for (Object id : Json.list(parent.get(VARIATIONS))) {
                String text = Json.text(id);
                if (text != null && !kept.contains(text)) {
                    deletes.add(Long.valueOf(text)); // a variant the ERP no longer has
                }
            }
        }
        List<Object[]> operations = new ArrayList<>();
        creates.forEach(c -> operations.add(new Object[] {"create", c}));
        updates.forEach(u -> operations.add(new Object[] {"update", u}));
        deletes.forEach(d -> operations.add(new Object[] {"delete", d}));
        for (int from = 0; from < operations.size(); from += WooBatch.LIMIT) {
            Map<String, List<Object>> body = new LinkedHashMap<>();
            for (Object[] operation : operations.subList(from, Math.min(operations.size(), from + WooBatch.LIMIT))) {
                body.computeIfAbsent((String) operation[0], k -> new ArrayList<>()).add(operation[1]);
            }
            try {
                Map<String, @Nullable Object> answer = client.post(WooResource.VARIATION.path(parentId) + "/batch", body);
                for (String kind : List.of("create", "update", "delete")) {
                    for (Object one : Json.list(answer.get(kind))) {
                        Map<String, @Nullable Object> error = Json.object(Json.object(one).get("error"));
                        if (!error.isEmpty()) {
                            return "variation " + Objects.toString(Json.object(one).get("sku"), kind) + ": "
                                    + error.get("code") + ": " + error.get("message");
                        }
                    }
                }
            } catch (ConnectorException e) {
                return "variations of product " + parentId + ": " + e.getMessage();
            }
        }
        return null;
    }

    /** Does the shop's record already hold what a payload sends? Texts and numbers by value. */
    static final class WooDiff {

        private WooDiff() {
        }

        static boolean covers(@Nullable Object shop, @Nullable Object sent) {
            if (sent instanceof Map<?, ?> map) {
                if (!(shop instanceof Map<?, ?> held)) {
                    return false;
                }
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!covers(held.get(entry.getKey()), entry.getValue())) {
                        return false;
                    }
                }
                return true;
            }
            if (sent instanceof List<?> list) {
                if (!(shop instanceof List<?> held) || held.size() != list.size()) {
                    return false;
                }
                for (int i = 0; i < list.size(); i++) {
                    if (!covers(held.get(i), list.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            String a = Json.text(shop);
            String b = Json.text(sent);
            if (a == null || b == null) {
                return Objects.equals(a == null || a.isEmpty() ? null : a, b == null || b.isEmpty() ? null : b);
            }
            try {
                return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
            } catch (NumberFormatException e) {
                return a.equals(b);
            }
        }
    }
}
