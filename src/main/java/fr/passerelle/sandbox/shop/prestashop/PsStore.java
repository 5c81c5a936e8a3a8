package fr.passerelle.sandbox.shop.prestashop;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The shop's records per resource, with the webservice's checks (required, read-only, numbers)
 * and PrestaShop's side effects: stock rows follow products and combinations, an order history
 * moves the order's state, categories know their depth. Guarded by the sandbox's lock.
 */
final class PsStore {

    /** PrestaShop stores dates in the shop's local time, without zone: a French shop here. */
    static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Paris");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Set<String> NUMBERS = Set.of("price", "wholesale_price", "weight", "width", "height", "depth",
            "quantity", "reduction", "amount", "from_quantity", "minimal_quantity", "total_paid", "conversion_rate");

    final Map<String, PsResource> resources = new LinkedHashMap<>();
    private final Map<String, TreeMap<Long, Map<String, Object>>> records = new LinkedHashMap<>();
    private final Map<String, Long> ids = new LinkedHashMap<>();

    PsStore() {
        PsResource.catalogue().forEach(r -> {
            resources.put(r.plural(), r);
            records.put(r.plural(), new TreeMap<>());
            ids.put(r.plural(), r.plural().equals("categories") ? 2L : 0L);
        });
        Map<String, Object> root = new LinkedHashMap<>(Map.of("id", "2", "id_parent", "1", "level_depth", "1", "active", "1",
                "name", Map.of("1", "Accueil", "2", "Home"), "link_rewrite", Map.of("1", "accueil", "2", "home")));
        records.get("categories").put(2L, root);
        String[][] states = {{"1", "En attente du paiement par chèque"}, {"2", "Paiement accepté"}, {"3", "En cours de préparation"},
            {"4", "Expédié"}, {"5", "Livré"}, {"6", "Annulé"}};
        for (String[] state : states) {
            records.get("order_states").put(Long.parseLong(state[0]), new LinkedHashMap<>(Map.of("id", state[0],
                    "paid", state[0].equals("2") ? "1" : "0", "shipped", state[0].equals("4") ? "1" : "0",
                    "delivery", state[0].equals("5") ? "1" : "0", "invoice", "0", "name", Map.of("1", state[1], "2", state[1]))));
        }
        ids.put("order_states", 6L);
    }

    List<Map<String, Object>> all(String resource) {
        return new ArrayList<>(records.get(resource).values());
    }

    @Nullable Map<String, Object> get(String resource, long id) {
        return records.get(resource).get(id);
    }

    Map<String, Object> create(PsResource resource, Map<String, Object> body) {
        readOnly(resource, body);
        validate(resource, body, true);
        long id = ids.merge(resource.plural(), 1L, Long::sum);
        Map<String, Object> record = new LinkedHashMap<>(body);
        record.put("id", Long.toString(id));
        String now = LocalDateTime.now(PsStore.ZONE).format(DATE);
        record.putIfAbsent("date_add", now);
        record.put("date_upd", now);
        records.get(resource.plural()).put(id, record);
        effects(resource, record, true);
        return record;
    }

    /** PUT replaces the record (PATCH merges): both keep what the webservice computes itself. */
    Map<String, Object> update(PsResource resource, long id, Map<String, Object> body, boolean patch) {
        Map<String, Object> existing = records.get(resource.plural()).get(id);
        if (existing == null) {
            throw new PsError(404, 87, "Id(s) not exists: " + id);
        }
        readOnly(resource, body);
        Map<String, Object> merged = new LinkedHashMap<>(patch ? existing : Map.of());
        merged.putAll(body);
        for (String computed : List.of("date_add", "level_depth", "current_state")) {
            if (existing.containsKey(computed)) {
                merged.put(computed, existing.get(computed));
            }
        }
        if (!patch && !body.containsKey(PsXml.ASSOCIATIONS) && existing.containsKey(PsXml.ASSOCIATIONS)) {
            merged.put(PsXml.ASSOCIATIONS, existing.get(PsXml.ASSOCIATIONS));
        }
        validate(resource, merged, false);
        merged.put("id", Long.toString(id));
        merged.put("date_upd", LocalDateTime.now(PsStore.ZONE).format(DATE));
        records.get(resource.plural()).put(id, merged);
        effects(resource, merged, false);
        return merged;
    }

    /** Product images, by id: the product they belong to and their bytes. */
    final Map<Long, Map.Entry<String, byte[]>> images = new LinkedHashMap<>();

    boolean delete(String resource, long id) {
        return records.get(resource).remove(id) != null;
    }

    /** Read-only nodes sent back are refused, as the webservice does (clients must strip them). */
    static void readOnly(PsResource resource, Map<String, Object> body) {
        for (String field : resource.readOnly()) {
            if (body.containsKey(field)) {
                throw new PsError(400, 93, "parameter \"" + field + "\" not writable. Please remove this attribute of this XML");
            }
        }
    }

    private void validate(PsResource resource, Map<String, Object> body, boolean create) {
        String object = Character.toUpperCase(resource.singular().charAt(0)) + resource.singular().substring(1).replace("_", "");
        for (String field : resource.required()) {
            if (PsQuery.text(body.get(field)).isBlank()) {
                throw new PsError(400, 85, "Validation error: \"Property " + object + "->" + field + " is empty.\"");
            }
        }
        for (Map.Entry<String, Object> field : body.entrySet()) {
            String value = PsQuery.text(field.getValue());
            boolean number = NUMBERS.contains(field.getKey()) || field.getKey().startsWith("id_") || field.getKey().startsWith("total_");
            if (number && !value.isEmpty() && !value.matches("-?\\d+(\\.\\d+)?")) {
                throw new PsError(400, 85, "Validation error: \"Property " + object + "->" + field.getKey() + " is not valid\"");
            }
        }
        // Validate::isPrice: a product's prices are never negative
        if (resource.plural().equals("products")) {
            for (String price : List.of("price", "wholesale_price")) {
                if (PsQuery.text(body.get(price)).startsWith("-")) {
                    throw new PsError(400, 85, "Validation error: \"Property Product->" + price + " is not valid\"");
                }
            }
        }
        // Validate::isEmail, as PrestaShop's ObjectModel checks a customer's e-mail on every save
        if (resource.plural().equals("customers") && body.containsKey("email")
                && !PsQuery.text(body.get("email")).matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new PsError(400, 85, "Validation error: \"Property Customer->email is not valid\"");
        }
        if (resource.plural().equals("products") && PsQuery.text(body.get("reference")).length() > 64) {
            throw new PsError(400, 85, "Validation error: \"Property Product->reference length (64) exceeded\"");
        }
    }

    @SuppressWarnings("unchecked")
    private void effects(PsResource resource, Map<String, Object> record, boolean created) {
        switch (resource.plural()) {
            case "categories" -> {
                Map<String, Object> parent = get("categories", Long.parseLong(PsQuery.text(record.getOrDefault("id_parent", "2"))));
                if (parent == null) {
                    throw new PsError(400, 85, "Validation error: \"Property Category->id_parent is not valid\"");
                }
                record.put("level_depth", Integer.toString(Integer.parseInt(PsQuery.text(parent.get("level_depth"))) + 1));
            }
            case "products" -> {
                if (created) {
                    stockRow(record.get("id").toString(), "0");
                }
                refreshProduct(record.get("id").toString());
            }
            case "combinations" -> {
                if (created) {
                    stockRow(PsQuery.text(record.get("id_product")), record.get("id").toString());
                }
                refreshProduct(PsQuery.text(record.get("id_product")));
            }
            case "stock_availables" -> refreshProduct(PsQuery.text(record.get("id_product")));
            case "order_histories" -> {
                Map<String, Object> order = get("orders", Long.parseLong(PsQuery.text(record.get("id_order"))));
                if (order == null) {
                    throw new PsError(400, 85, "Validation error: \"Property OrderHistory->id_order is not valid\"");
                }
                order.put("current_state", PsQuery.text(record.get("id_order_state")));
                order.put("date_upd", LocalDateTime.now(PsStore.ZONE).format(DATE));
            }
            default -> {
            }
        }
    }

    private void stockRow(String product, String attribute) {
        Map<String, Object> row = new LinkedHashMap<>(Map.of("id_product", product, "id_product_attribute", attribute,
                "id_shop", "1", "id_shop_group", "0", "quantity", "0", "depends_on_stock", "0", "out_of_stock", "2"));
        long id = ids.merge("stock_availables", 1L, Long::sum);
        row.put("id", Long.toString(id));
        records.get("stock_availables").put(id, row);
    }

    /** A product's associations and total quantity follow its combinations and stock rows. */
    @SuppressWarnings("unchecked")
    private void refreshProduct(String productId) {
        Map<String, Object> product = get("products", Long.parseLong(productId));
        if (product == null) {
            return;
        }
        Map<String, List<Map<String, String>>> associations = product.get(PsXml.ASSOCIATIONS) instanceof Map<?, ?> m
                ? new LinkedHashMap<>((Map<String, List<Map<String, String>>>) m) : new LinkedHashMap<>();
        List<Map<String, String>> combinations = all("combinations").stream()
                .filter(c -> productId.equals(PsQuery.text(c.get("id_product")))).map(c -> Map.of("id", c.get("id").toString())).toList();
        List<Map<String, Object>> rows = all("stock_availables").stream()
                .filter(s -> productId.equals(PsQuery.text(s.get("id_product")))).toList();
        associations.put("combinations", new ArrayList<>(combinations));
        associations.put("stock_availables", rows.stream().map(s -> Map.of("id", s.get("id").toString(),
                "id_product_attribute", PsQuery.text(s.get("id_product_attribute")))).toList());
        product.put(PsXml.ASSOCIATIONS, associations);
        int variants = rows.stream().filter(r -> !"0".equals(PsQuery.text(r.get("id_product_attribute"))))
                .mapToInt(r -> Integer.parseInt(PsQuery.text(r.get("quantity")))).sum();
        rows.stream().filter(r -> "0".equals(PsQuery.text(r.get("id_product_attribute")))).findFirst().ifPresent(total -> {
            if (!combinations.isEmpty()) {
                total.put("quantity", Integer.toString(variants));
            }
            product.put("quantity", PsQuery.text(total.get("quantity")));
        });
    }
}
