package fr.passerelle.sandbox.shop.shopify;

import fr.passerelle.sandbox.shop.ShopJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Bulk operations: {@code bulkOperationRunQuery} runs the query over every record, writes JSONL
 * where nested connection nodes are lines of their own carrying {@code __parentId}, and serves it
 * at the operation's {@code url}. The first {@code currentBulkOperation} poll still says RUNNING,
 * as clients must poll; one bulk query at a time, as on Shopify.
 */
final class ShopifyBulk {

    private final Map<String, String> results = new LinkedHashMap<>();
    private @Nullable Map<String, @Nullable Object> current;
    private Function<GraphQl.Field, @Nullable Object> queries = f -> null;
    private int polls;
    private long ids = 7000;

    void queries(Function<GraphQl.Field, @Nullable Object> resolver) {
        this.queries = resolver;
    }

    Map<String, @Nullable Object> run(String query, String baseUrl) {
        if (current != null && "RUNNING".equals(current.get("status"))) {
            return ShopifyMutations.payload("bulkOperation", null, List.of(ShopifyCatalog.userError(List.of(),
                    "A bulk query operation for this app and shop is already in progress: " + current.get("id") + ".", "OPERATION_IN_PROGRESS")));
        }
        GraphQl.Operation operation;
        try {
            operation = GraphQl.parse(query, Map.of());
        } catch (GraphQl.SyntaxError e) {
            return ShopifyMutations.payload("bulkOperation", null, List.of(ShopifyCatalog.userError(List.of("query"),
                    "Invalid bulk query: " + e.getMessage(), "INVALID")));
        }
        List<String> lines = new ArrayList<>();
        for (GraphQl.Field root : operation.fields()) {
            GraphQl.Field node = nodeField(root);
            for (Object record : ShopJson.list(queries.apply(root))) {
                flatten(ShopJson.object(record), node, null, lines);
            }
        }
        String id = "gid://shopify/BulkOperation/" + (++ids);
        results.put(Long.toString(ids), String.join("\n", lines) + (lines.isEmpty() ? "" : "\n"));
        current = new LinkedHashMap<>();
        current.put("id", id);
        current.put("status", "RUNNING");
        current.put("errorCode", null);
        current.put("objectCount", Integer.toString(lines.size()));
        current.put("createdAt", ShopifyCatalog.now());
        current.put("completedAt", null);
        current.put("url", null);
        current.put("partialDataUrl", null);
        current.put("query", query);
        current.put("finalUrl", baseUrl + "/bulk/" + ids + ".jsonl");
        polls = 0;
        Map<String, @Nullable Object> visible = ShopJson.copy(current);
        visible.remove("finalUrl");
        return ShopifyMutations.payload("bulkOperation", visible, List.of());
    }

    @Nullable Map<String, @Nullable Object> current() {
        if (current == null) {
            return null;
        }
        if ("RUNNING".equals(current.get("status")) && ++polls > 1) {
            current.put("status", "COMPLETED");
            current.put("completedAt", ShopifyCatalog.now());
            current.put("url", current.get("finalUrl"));
        }
        Map<String, @Nullable Object> visible = ShopJson.copy(current);
        visible.remove("finalUrl");
        return visible;
    }

    @Nullable String result(String id) {
        return results.get(id);
    }

    private static GraphQl.Field nodeField(GraphQl.Field connection) {
        for (GraphQl.Field child : connection.selections()) {
            if (child.name().equals("nodes")) {
                return child;
            }
            if (child.name().equals("edges")) {
                return child.selections().stream().filter(s -> s.name().equals("node")).findFirst().orElse(child);
            }
        }
        return connection;
    }

    private static void flatten(Map<String, @Nullable Object> record, GraphQl.Field node, @Nullable Object parentId, List<String> lines) {
        Map<String, @Nullable Object> line = new LinkedHashMap<>();
        List<Runnable> children = new ArrayList<>();
        for (GraphQl.Field child : node.selections()) {
            Object value = record.get(child.name());
            if (Shape.isConnection(child) && value instanceof List<?> list) {
                GraphQl.Field childNode = nodeField(child);
                children.add(() -> list.forEach(item -> flatten(ShopJson.object(item), childNode, record.get("id"), lines)));
            } else {
                line.put(child.key(), Shape.project(value instanceof BigDecimal d ? d : value, child));
            }
        }
        if (parentId != null) {
            line.put("__parentId", parentId);
        }
        lines.add(ShopJson.write(line));
        children.forEach(Runnable::run);
    }
}
