package fr.passerelle.sandbox.shop.shopify;

import fr.passerelle.sandbox.shop.ShopJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Shapes stored objects into a GraphQL answer: only the selected fields, under their aliases;
 * lists selected with {@code nodes}/{@code edges}/{@code pageInfo} become Relay connections paged by
 * {@code first}/{@code after}; {@code metafield(namespace, key)} picks one metafield. Also computes
 * the query cost the way Shopify documents it: objects 1, connections 2 + first x their nodes,
 * scalars 0, mutations 10.
 */
final class Shape {

    private Shape() {
    }

    static @Nullable Object project(@Nullable Object value, GraphQl.Field field) {
        if (field.selections().isEmpty() || value == null) {
            return value;
        }
        if (value instanceof List<?> list) {
            if (isConnection(field)) {
                return connection(ShopJson.list(list), field);
            }
            List<@Nullable Object> out = new ArrayList<>();
            list.forEach(item -> out.add(project(item, field)));
            return out;
        }
        Map<String, @Nullable Object> object = ShopJson.object(value);
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        for (GraphQl.Field child : field.selections()) {
            Object childValue = switch (child.name()) {
                case "metafield" -> metafield(object, child);
                case "inventoryLevel" -> inventoryLevel(object, child);
                default -> object.get(child.name());
            };
            out.put(child.key(), project(childValue, child));
        }
        return out;
    }

    private static @Nullable Object metafield(Map<String, @Nullable Object> owner, GraphQl.Field field) {
        return ShopJson.list(owner.get("metafields")).stream().map(ShopJson::object)
                .filter(m -> Objects.equals(m.get("namespace"), field.arg("namespace")) && Objects.equals(m.get("key"), field.arg("key")))
                .findFirst().orElse(null);
    }

    /** {@code inventoryLevel(locationId:)} of an inventory item: its level at that location, null when not stocked there. */
    private static @Nullable Object inventoryLevel(Map<String, @Nullable Object> item, GraphQl.Field field) {
        return ShopJson.list(item.get("inventoryLevels")).stream().map(ShopJson::object)
                .filter(l -> Objects.equals(ShopJson.object(l.get("location")).get("id"), field.arg("locationId")))
                .findFirst().orElse(null);
    }

    static boolean isConnection(GraphQl.Field field) {
        return field.selections().stream().anyMatch(s -> s.name().equals("nodes") || s.name().equals("edges")
                || s.name().equals("pageInfo"));
    }

    static Map<String, @Nullable Object> connection(List<@Nullable Object> all, GraphQl.Field field) {
        int first = field.arg("first") instanceof BigDecimal n ? n.intValue() : all.size();
        int from = field.arg("after") instanceof String cursor ? index(cursor) + 1 : 0;
        int to = Math.min(all.size(), from + first);
        List<@Nullable Object> page = from >= all.size() ? List.of() : all.subList(from, to);
        Map<String, @Nullable Object> connection = new LinkedHashMap<>();
        for (GraphQl.Field child : field.selections()) {
            switch (child.name()) {
                case "nodes" -> connection.put(child.key(), project(new ArrayList<>(page), child));
                case "edges" -> {
                    List<@Nullable Object> edges = new ArrayList<>();
                    for (int i = 0; i < page.size(); i++) {
                        edges.add(Map.of("cursor", cursor(from + i), "node", page.get(i)));
                    }
                    connection.put(child.key(), project(edges, child));
                }
                case "pageInfo" -> {
                    Map<String, @Nullable Object> info = new LinkedHashMap<>();
                    info.put("hasNextPage", to < all.size());
                    info.put("hasPreviousPage", from > 0);
                    info.put("startCursor", page.isEmpty() ? null : cursor(from));
                    info.put("endCursor", page.isEmpty() ? null : cursor(to - 1));
                    connection.put(child.key(), project(info, child));
                }
                default -> connection.put(child.key(), null);
            }
        }
        return connection;
    }

    static String cursor(int index) {
        return Base64.getEncoder().encodeToString(("{\"last_id\":" + index + "}").getBytes(StandardCharsets.UTF_8));
    }

    static int index(String cursor) {
        try {
            String json = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
            return Integer.parseInt(json.replaceAll("\\D", ""));
        } catch (IllegalArgumentException e) {
            throw new ShopifyError("INVALID_CURSOR", "Invalid cursor for current pagination");
        }
    }

    /** The requested cost of an operation. */
    static int cost(GraphQl.Operation operation) {
        int total = 0;
        for (GraphQl.Field field : operation.fields()) {
            total += operation.mutation() ? 10 : cost(field);
        }
        return Math.max(1, total);
    }

    /**
     * The actual cost of an answer: connections count the nodes they returned instead of
     * {@code first}. Shopify refunds the difference to the bucket.
     */
    static int actualCost(GraphQl.Operation operation, Map<String, @Nullable Object> data) {
        int total = 0;
        for (GraphQl.Field field : operation.fields()) {
            total += operation.mutation() ? 10 : actual(field, data.get(field.key()));
        }
        return Math.max(1, total);
    }

    private static int actual(GraphQl.Field field, @Nullable Object value) {
        if (field.selections().isEmpty() || value == null) {
            return 0;
        }
        if (isConnection(field) && value instanceof Map<?, ?> connection) {
            int total = 2;
            for (GraphQl.Field child : field.selections()) {
                Object part = connection.get(child.key());
                if (child.name().equals("nodes")) {
                    for (Object node : ShopJson.list(part)) {
                        total += actual(child, node);
                    }
                } else if (child.name().equals("edges")) {
                    for (Object edge : ShopJson.list(part)) {
                        total += actual(child, edge);
                    }
                }
            }
            return total;
        }
        if (value instanceof List<?> list) {
            int total = 0;
            for (Object item : list) {
                total += actual(field, item);
            }
            return total;
        }
        Map<String, @Nullable Object> object = ShopJson.object(value);
        int total = 1;
        for (GraphQl.Field child : field.selections()) {
            total += actual(child, object.get(child.key()));
        }
        return total;
    }

    private static int cost(GraphQl.Field field) {
        if (field.selections().isEmpty()) {
            return 0;
        }
        int inner = 0;
        for (GraphQl.Field child : field.selections()) {
            if (!child.name().equals("pageInfo")) {
                inner += cost(child);
            }
        }
        Object first = field.arg("first") != null ? field.arg("first") : field.arg("last");
        if (first instanceof BigDecimal n) {
            return 2 + n.intValue() * Math.max(1, inner - 1);
        }
        return 1 + inner;
    }
}
