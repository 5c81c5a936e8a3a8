package fr.passerelle.sandbox.shop.woocommerce;

import fr.passerelle.sandbox.shop.ShopJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Products, variations, categories and brands, with the checks WooCommerce makes on them. */
final class WooCatalog {

    private static final Set<String> TYPES = Set.of("simple", "grouped", "external", "variable");
    private static final Set<String> STATUSES = Set.of("draft", "pending", "private", "publish");
    private static final Set<String> STOCK_STATUSES = Set.of("instock", "outofstock", "onbackorder");

    final Products products;
    final Variations variations;
    final Terms categories;
    final Terms brands;

    WooCatalog(AtomicLong postIds, AtomicLong termIds) {
        products = new Products(postIds);
        variations = new Variations(postIds);
        categories = new Terms("term", termIds, true);
        brands = new Terms("term", termIds, false);
    }

    /** WordPress posts: products and variations share one id sequence and one SKU space. */
    final class Products extends WooCollection {

        Products(AtomicLong ids) {
            super("product", ids, "sku");
        }

        @Override
        void validate(Map<String, @Nullable Object> body, @Nullable Map<String, @Nullable Object> existing) {
            if (body.containsKey("type") && !TYPES.contains(String.valueOf(body.get("type")))) {
                throw WooError.invalidParam("type");
            }
            if (body.containsKey("status") && !STATUSES.contains(String.valueOf(body.get("status")))) {
                throw WooError.invalidParam("status");
            }
            checkCommon(body, existing);
            for (Object category : ShopJson.list(body.get("categories"))) {
                String id = ShopJson.text(ShopJson.object(category).get("id"));
                if (id == null || categories.get(Long.parseLong(id)) == null) {
                    throw new WooError(400, "woocommerce_rest_invalid_term_id", "Invalid term ID " + id + ".");
                }
            }
        }

        @Override
        Map<String, @Nullable Object> defaults() {
            Map<String, @Nullable Object> p = base();
            p.put("name", "Product");
            p.put("slug", "");
            p.put("type", "simple");
            p.put("status", "publish");
            p.put("featured", false);
            p.put("catalog_visibility", "visible");
            p.put("description", "");
            p.put("short_description", "");
            p.put("categories", new ArrayList<>());
            p.put("brands", new ArrayList<>());
            p.put("tags", new ArrayList<>());
            p.put("images", new ArrayList<>());
            p.put("attributes", new ArrayList<>());
            p.put("default_attributes", new ArrayList<>());
            p.put("variations", new ArrayList<>());
            p.put("grouped_products", new ArrayList<>());
            p.put("parent_id", BigDecimal.ZERO);
            return p;
        }

        @Override
        void derive(Map<String, @Nullable Object> record) {
            WooCatalog.derive(record);
            List<@Nullable Object> cats = new ArrayList<>();
            for (Object c : ShopJson.list(record.get("categories"))) {
                String id = ShopJson.text(ShopJson.object(c).get("id"));
                Map<String, @Nullable Object> term = id == null ? null : categories.get(Long.parseLong(id));
                if (term != null) {
                    cats.add(new LinkedHashMap<>(Map.of("id", term.get("id"), "name", term.get("name"), "slug", term.get("slug"))));
                }
            }
            record.put("categories", cats);
            long id = ((BigDecimal) Objects.requireNonNull(record.get("id"))).longValue();
            record.put("variations", variations.idsWhere("parent_id", Long.toString(id)).stream()
                    .map(v -> (Object) BigDecimal.valueOf(v)).toList());
        }

        /** With {@code sku}, WooCommerce searches variations too (post types product and product_variation). */
        @Override
        List<Map<String, @Nullable Object>> list(Map<String, String> query) {
            List<Map<String, @Nullable Object>> out = new ArrayList<>(super.list(query));
            if (query.containsKey("sku")) {
                for (String sku : query.get("sku").split(",")) {
                    variations.idsWhere("sku", sku).forEach(id -> out.add(Objects.requireNonNull(variations.get(id))));
                }
                out.sort(java.util.Comparator.comparingLong(r -> ((BigDecimal) Objects.requireNonNull(r.get("id"))).longValue()));
            }
            return out;
        }

        @Override
        boolean matches(Map<String, @Nullable Object> p, Map<String, String> q) {
            return (!q.containsKey("sku") || Arrays.asList(q.get("sku").split(",")).contains(String.valueOf(p.get("sku"))))
                    && (!q.containsKey("status") || q.get("status").equals("any") || eq(p.get("status"), q.get("status")))
                    && (!q.containsKey("type") || eq(p.get("type"), q.get("type")))
                    && (!q.containsKey("category") || ShopJson.list(p.get("categories")).stream()
                            .anyMatch(c -> eq(ShopJson.object(c).get("id"), q.get("category"))))
                    && (!q.containsKey("search") || String.valueOf(p.get("name")).toLowerCase()
                            .contains(q.get("search").toLowerCase()));
        }
    }

    /** Variations of variable products ({@code /products/{id}/variations}). */
    final class Variations extends WooCollection {

        Variations(AtomicLong ids) {
            super("product_variation", ids, "sku", "parent_id");
        }

        @Override
        void validate(Map<String, @Nullable Object> body, @Nullable Map<String, @Nullable Object> existing) {
            if (body.containsKey("status") && !Set.of("publish", "private").contains(String.valueOf(body.get("status")))) {
                throw WooError.invalidParam("status");
            }
            checkCommon(body, existing);
        }

        @Override
        Map<String, @Nullable Object> defaults() {
            Map<String, @Nullable Object> v = base();
            v.put("status", "publish");
            v.put("description", "");
            v.put("attributes", new ArrayList<>());
            v.put("image", null);
            return v;
        }

        @Override
        void derive(Map<String, @Nullable Object> record) {
            WooCatalog.derive(record);
        }

        @Override
        boolean matches(Map<String, @Nullable Object> v, Map<String, String> q) {
            return eq(v.get("parent_id"), q.getOrDefault("parent_id", ""))
                    && (!q.containsKey("sku") || Arrays.asList(q.get("sku").split(",")).contains(String.valueOf(v.get("sku"))));
        }
    }

    /** Product categories (hierarchical) and brands (flat): WordPress terms. */
    final class Terms extends WooCollection {

        private final boolean hierarchical;

        Terms(String what, AtomicLong ids, boolean hierarchical) {
            super(what, ids);
            this.hierarchical = hierarchical;
        }

        @Override
        void validate(Map<String, @Nullable Object> body, @Nullable Map<String, @Nullable Object> existing) {
            if (existing == null && (body.get("name") == null || String.valueOf(body.get("name")).isBlank())) {
                throw new WooError(400, "rest_missing_callback_param", "Missing parameter(s): name");
            }
            String parent = ShopJson.text(body.getOrDefault("parent", existing == null ? null : existing.get("parent")));
            if (hierarchical && parent != null && !parent.equals("0") && get(Long.parseLong(parent)) == null) {
                throw new WooError(400, "parent_not_exists", "Parent term does not exist.");
            }
            String name = ShopJson.text(body.get("name"));
            String parentKey = parent == null ? "0" : parent;
            if (name != null && any(t -> t != existing && eq(t.get("name"), name) && eq(t.get("parent"), parentKey))) {
                throw new WooError(400, "term_exists", "A term with the name provided already exists with this parent.");
            }
        }

        @Override
        Map<String, @Nullable Object> defaults() {
            Map<String, @Nullable Object> t = new LinkedHashMap<>();
            t.put("name", "");
            t.put("slug", "");
            t.put("parent", BigDecimal.ZERO);
            t.put("description", "");
            t.put("display", "default");
            t.put("image", null);
            t.put("menu_order", BigDecimal.ZERO);
            t.put("count", BigDecimal.ZERO);
            return t;
        }

        @Override
        void derive(Map<String, @Nullable Object> term) {
            if (Objects.toString(term.get("slug"), "").isEmpty()) {
                term.put("slug", String.valueOf(term.get("name")).toLowerCase().replaceAll("[^a-z0-9]+", "-"));
            }
            term.remove("date_created");
            term.remove("date_created_gmt");
        }

        @Override
        boolean matches(Map<String, @Nullable Object> t, Map<String, String> q) {
            return (!q.containsKey("parent") || eq(t.get("parent"), q.get("parent")))
                    && (!q.containsKey("slug") || eq(t.get("slug"), q.get("slug")))
                    && (!q.containsKey("search") || String.valueOf(t.get("name")).toLowerCase()
                            .contains(q.get("search").toLowerCase()));
        }
    }

    private void checkCommon(Map<String, @Nullable Object> body, @Nullable Map<String, @Nullable Object> existing) {
        String sku = ShopJson.text(body.get("sku"));
        if (sku != null && !sku.isEmpty()) {
            Object self = existing == null ? null : existing.get("id");
            boolean taken = products.idsWhere("sku", sku).stream().anyMatch(id -> !BigDecimal.valueOf(id).equals(self))
                    || variations.idsWhere("sku", sku).stream().anyMatch(id -> !BigDecimal.valueOf(id).equals(self));
            if (taken) {
                throw new WooError(400, "product_invalid_sku", "Invalid or duplicated SKU.");
            }
        }
        for (String price : List.of("regular_price", "sale_price")) {
            String value = ShopJson.text(body.get(price));
            if (value != null && !value.isEmpty() && !value.matches("\\d+(\\.\\d+)?")) {
                throw WooError.invalidParam(price);
            }
        }
        if (body.containsKey("stock_status") && !STOCK_STATUSES.contains(String.valueOf(body.get("stock_status")))) {
            throw WooError.invalidParam("stock_status");
        }
    }

    private static Map<String, @Nullable Object> base() {
        Map<String, @Nullable Object> p = new LinkedHashMap<>();
        p.put("sku", "");
        p.put("price", "");
        p.put("regular_price", "");
        p.put("sale_price", "");
        p.put("tax_status", "taxable");
        p.put("tax_class", "");
        p.put("manage_stock", false);
        p.put("stock_quantity", null);
        p.put("stock_status", "instock");
        p.put("backorders", "no");
        p.put("weight", "");
        p.put("dimensions", new LinkedHashMap<>(Map.of("length", "", "width", "", "height", "")));
        p.put("meta_data", new ArrayList<>());
        return p;
    }

    /** WooCommerce recomputes {@code price} and, with managed stock, the stock status. */
    private static void derive(Map<String, @Nullable Object> record) {
        String sale = Objects.toString(ShopJson.text(record.get("sale_price")), "");
        record.put("price", sale.isEmpty() ? Objects.toString(ShopJson.text(record.get("regular_price")), "") : sale);
        for (String price : List.of("regular_price", "sale_price", "price")) {
            if (record.get(price) instanceof BigDecimal d) {
                record.put(price, d.toPlainString());
            }
        }
        if (Boolean.TRUE.equals(record.get("manage_stock")) && record.get("stock_quantity") instanceof BigDecimal q
                && !"yes".equals(record.get("backorders")) && !"notify".equals(record.get("backorders"))) {
            record.put("stock_status", q.signum() > 0 ? "instock" : "outofstock");
        }
    }
}
