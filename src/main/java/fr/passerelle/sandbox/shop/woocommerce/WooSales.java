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

/** Customers, Groups (plug-in) groups and orders, with the checks WooCommerce makes on them. */
final class WooSales {

    static final Set<String> ORDER_STATUSES = Set.of("pending", "processing", "on-hold", "completed", "cancelled",
            "refunded", "failed", "trash", "checkout-draft");
    private static final List<String> ADDRESS = List.of("first_name", "last_name", "company", "address_1",
            "address_2", "city", "state", "postcode", "country", "phone");

    final Customers customers;
    final Groups groups;
    final Orders orders;

    WooSales(AtomicLong userIds, AtomicLong postIds, AtomicLong groupIds) {
        customers = new Customers(userIds);
        groups = new Groups(groupIds);
        orders = new Orders(postIds);
    }

    static Map<String, @Nullable Object> address(boolean withEmail) {
        Map<String, @Nullable Object> a = new LinkedHashMap<>();
        ADDRESS.forEach(f -> a.put(f, ""));
        if (withEmail) {
            a.put("email", "");
        }
        return a;
    }

    final class Customers extends WooCollection {

        Customers(AtomicLong ids) {
            super("customer", ids);
        }

        @Override
        void validate(Map<String, @Nullable Object> body, @Nullable Map<String, @Nullable Object> existing) {
            String email = ShopJson.text(body.get("email"));
            if (existing == null && (email == null || email.isBlank())) {
                throw new WooError(400, "rest_missing_callback_param", "Missing parameter(s): email");
            }
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw WooError.invalidParam("email");
            }
            if (email != null && any(c -> c != existing && email.equalsIgnoreCase(String.valueOf(c.get("email"))))) {
                throw new WooError(400, "registration-error-email-exists",
                        "An account is already registered with your email address. Please log in.");
            }
        }

        @Override
        Map<String, @Nullable Object> defaults() {
            Map<String, @Nullable Object> c = new LinkedHashMap<>();
            c.put("email", "");
            c.put("first_name", "");
            c.put("last_name", "");
            c.put("role", "customer");
            c.put("username", "");
            c.put("billing", address(true));
            c.put("shipping", address(false));
            c.put("is_paying_customer", false);
            c.put("avatar_url", "");
            c.put("meta_data", new ArrayList<>());
            return c;
        }

        @Override
        void derive(Map<String, @Nullable Object> c) {
            if (Objects.toString(c.get("username"), "").isEmpty()) {
                c.put("username", String.valueOf(c.get("email")).replaceAll("@.*", ""));
            }
        }

        /** The customers endpoint has no modified_after filter: WordPress ignores unknown parameters. */
        @Override
        List<Map<String, @Nullable Object>> list(Map<String, String> query) {
            Map<String, String> known = new java.util.LinkedHashMap<>(query);
            known.remove("modified_after");
            return super.list(known);
        }

        @Override
        boolean matches(Map<String, @Nullable Object> c, Map<String, String> q) {
            String role = q.getOrDefault("role", "customer");
            return (role.equals("all") || eq(c.get("role"), role))
                    && (!q.containsKey("email") || eq(c.get("email"), q.get("email")));
        }
    }

    /** The Groups plug-in's groups ({@code groups/v1/groups}). */
    final class Groups extends WooCollection {

        Groups(AtomicLong ids) {
            super("group", ids);
        }

        @Override
        void validate(Map<String, @Nullable Object> body, @Nullable Map<String, @Nullable Object> existing) {
            String name = ShopJson.text(body.get("name"));
            if (existing == null && (name == null || name.isBlank())) {
                throw new WooError(400, "rest_missing_callback_param", "Missing parameter(s): name");
            }
            if (name != null && any(g -> g != existing && name.equals(g.get("name")))) {
                throw new WooError(400, "groups_group_exists", "A group with that name already exists.");
            }
        }

        @Override
        Map<String, @Nullable Object> defaults() {
            Map<String, @Nullable Object> g = new LinkedHashMap<>();
            g.put("name", "");
            g.put("description", "");
            return g;
        }

        @Override
        void derive(Map<String, @Nullable Object> g) {
            g.put("group_id", g.get("id"));
        }

        @Override
        boolean matches(Map<String, @Nullable Object> g, Map<String, String> q) {
            return !q.containsKey("search") || String.valueOf(g.get("name")).contains(q.get("search"));
        }
    }

    final class Orders extends WooCollection {

        Orders(AtomicLong ids) {
            super("shop_order", ids);
        }

        @Override
        void validate(Map<String, @Nullable Object> body, @Nullable Map<String, @Nullable Object> existing) {
            if (body.containsKey("status") && !ORDER_STATUSES.contains(String.valueOf(body.get("status")))) {
                throw WooError.invalidParam("status");
            }
        }

        @Override
        Map<String, @Nullable Object> defaults() {
            Map<String, @Nullable Object> o = new LinkedHashMap<>();
            o.put("parent_id", BigDecimal.ZERO);
            o.put("number", "");
            o.put("status", "pending");
            o.put("currency", "EUR");
            o.put("prices_include_tax", false);
            o.put("customer_id", BigDecimal.ZERO);
            o.put("meta_data", new ArrayList<>());
            return o;
        }

        @Override
        void derive(Map<String, @Nullable Object> o) {
            o.put("number", ShopJson.text(o.get("id")));
        }

        @Override
        boolean matches(Map<String, @Nullable Object> o, Map<String, String> q) {
            return (!q.containsKey("status") || q.get("status").equals("any")
                    || Arrays.asList(q.get("status").split(",")).contains(String.valueOf(o.get("status"))))
                    && (!q.containsKey("customer") || eq(o.get("customer_id"), q.get("customer")));
        }
    }
}
