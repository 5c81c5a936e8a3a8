package fr.passerelle.connector.shop.shopify;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.http.Json;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads pages by cursor ({@code first}/{@code after}, {@code pageInfo.endCursor}), newest changes
 * filtered with {@code updated_at:>=}. A page that would cost more than Shopify's 1000-point cap
 * is halved and the smaller size remembered. Connections in the answer become plain lists.
 */
final class ShopifyReader {

    private final ShopifyClient client;
    private final Map<String, Integer> affordable = new ConcurrentHashMap<>();

    ShopifyReader(ShopifyClient client) {
        this.client = client;
    }

    Page read(ShopifyEntity entity, ReadRequest request) {
        return switch (entity) {
            case LOCATION -> new Page(Json.list(Json.object(client.run("read locations", ShopifyDocuments.LOCATIONS, Map.of())
                    .get("locations")).get("nodes")).stream().map(n -> record(entity, Json.object(n))).toList(), null, -1);
            case PRODUCT, STOCK, PRICE, VARIANT -> list(entity, "products", ShopifyDocuments.PRODUCT_FIELDS, false, request, null);
            case COLLECTION -> list(entity, "collections", ShopifyDocuments.COLLECTION_FIELDS, false, request, null);
            case CUSTOMER -> list(entity, "customers", ShopifyDocuments.CUSTOMER_FIELDS, false, request, null);
            case PROSPECT -> list(entity, "customers", ShopifyDocuments.CUSTOMER_FIELDS, false, request, "orders_count:0");
            case ORDER -> list(entity, "orders", ShopifyDocuments.ORDER_FIELDS, true, request, null);
            case PAYMENT -> payments(list(ShopifyEntity.ORDER, "orders", ShopifyDocuments.ORDER_FIELDS, true, request, null));
            case FULFILLMENT -> throw new ConnectorException(ShopifyClient.SYSTEM, "read", 0, false, entity.entity() + " is write-only");
        };
    }

    private Page list(ShopifyEntity entity, String root, String fields, boolean byUpdate, ReadRequest request,
            @Nullable String extraQuery) {
        List<String> terms = new ArrayList<>();
        if (request.filter() != null && !request.filter().isBlank()) {
            terms.add(request.filter());
        }
        if (extraQuery != null) {
            terms.add(extraQuery);
        }
        if (request.modifiedSince() != null) {
            terms.add("updated_at:>='" + request.modifiedSince().truncatedTo(ChronoUnit.SECONDS) + "'");
        }
        String document = ShopifyDocuments.list(root, fields, byUpdate);
        int first = Math.min(Math.min(request.pageSize(), 250), affordable.getOrDefault(root, 250));
        while (true) {
            Map<String, @Nullable Object> variables = new LinkedHashMap<>();
            variables.put("first", first);
            variables.put("after", request.cursor());
            variables.put("query", terms.isEmpty() ? null : String.join(" AND ", terms));
            try {
                Map<String, @Nullable Object> connection = Json.object(client.run("read " + root, document, variables).get(root));
                List<CanonicalRecord> records = Json.list(connection.get("nodes")).stream()
                        .map(n -> record(entity, Json.object(unwrap(root.equals("orders") ? allLines(n) : n)))).toList();
                Map<String, @Nullable Object> info = Json.object(connection.get("pageInfo"));
                String next = Boolean.TRUE.equals(info.get("hasNextPage")) ? Json.text(info.get("endCursor")) : null;
                return new Page(records, next, -1);
            } catch (ConnectorException e) {
                if (!String.valueOf(e.getMessage()).contains("MAX_COST_EXCEEDED") || first == 1) {
                    throw e;
                }
                first = Math.max(1, first / 2);
                affordable.put(root, first);
            }
        }
    }

    /**
     * An order with more lines than one page of {@code lineItems} gets the rest here, page after
     * page: a 30-line order keeps its 30 lines (they were cut at 10 before).
     */
    private @Nullable Object allLines(@Nullable Object node) {
        Map<String, @Nullable Object> order = new LinkedHashMap<>(Json.object(node));
        Map<String, @Nullable Object> lines = Json.object(order.get("lineItems"));
        Map<String, @Nullable Object> info = Json.object(lines.get("pageInfo"));
        if (!Boolean.TRUE.equals(info.get("hasNextPage"))) {
            return order;
        }
        List<@Nullable Object> all = new ArrayList<>(Json.list(lines.get("nodes")));
        String after = Json.text(info.get("endCursor"));
        while (after != null) {
            Map<String, @Nullable Object> variables = new LinkedHashMap<>();
            variables.put("id", order.get("id"));
            variables.put("after", after);
            Map<String, @Nullable Object> more = Json.object(Json.object(client.run("read order lines",
                    ShopifyDocuments.ORDER_LINES, variables).get("order")).get("lineItems"));
            all.addAll(Json.list(more.get("nodes")));
            Map<String, @Nullable Object> page = Json.object(more.get("pageInfo"));
            after = Boolean.TRUE.equals(page.get("hasNextPage")) ? Json.text(page.get("endCursor")) : null;
        }
        order.put("lineItems", Map.of("nodes", all));
        return order;
    }

    /** PAY-1/2/4: one record per successful sale or capture of the orders on the page. */
    private static Page payments(Page orders) {
        List<CanonicalRecord> payments = new ArrayList<>();
        for (CanonicalRecord order : orders.records()) {
            for (Object t : Json.list(order.get("transactions"))) {
                Map<String, @Nullable Object> transaction = Json.object(t);
                if (!"SUCCESS".equals(transaction.get("status")) || "AUTHORIZATION".equals(transaction.get("kind"))
                        || "VOID".equals(transaction.get("kind"))) {
                    continue;
                }
                Map<String, @Nullable Object> fields = new LinkedHashMap<>(transaction);
                fields.put("order_id", order.key());
                fields.put("order_name", order.get("name"));
                // the order's reference and customer, so a payment finds the order its flow imported
                fields.put("name", order.get("name"));
                fields.put("email", order.get("email"));
                fields.put("amount", Json.object(Json.object(transaction.get("amountSet")).get("shopMoney")).get("amount"));
                fields.put("currencyCode", Json.object(Json.object(transaction.get("amountSet")).get("shopMoney")).get("currencyCode"));
                // the customer's currency too (presentment): an order imported in it is paid in it
                Map<String, @Nullable Object> presentment = Json.object(Json.object(transaction.get("amountSet"))
                        .get("presentmentMoney"));
                fields.put("presentmentAmount", presentment.get("amount"));
                fields.put("presentmentCurrencyCode", presentment.get("currencyCode"));
                payments.add(new CanonicalRecord(ShopifyEntity.PAYMENT.entity(), Objects.toString(transaction.get("id")), fields,
                        instant(transaction.get("processedAt"))));
            }
        }
        return new Page(payments, orders.nextCursor(), -1);
    }

    static CanonicalRecord record(ShopifyEntity entity, Map<String, @Nullable Object> node) {
        return new CanonicalRecord(entity.entity(), Objects.toString(node.get("id")), node, instant(node.get("updatedAt")));
    }

    /** {@code {"nodes": [...]}} and {@code {"edges": [{"node": ..}]}} become plain lists, recursively. */
    static @Nullable Object unwrap(@Nullable Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, @Nullable Object> object = Json.object(map);
            if (object.containsKey("nodes") && object.keySet().stream().allMatch(k -> k.equals("nodes") || k.equals("pageInfo"))) {
                return unwrap(object.get("nodes"));
            }
            if (object.containsKey("edges") && object.size() <= 2) {
                return unwrap(Json.list(object.get("edges")).stream().map(e -> Json.object(e).get("node")).toList());
            }
            Map<String, @Nullable Object> out = new LinkedHashMap<>();
            object.forEach((k, v) -> out.put(k, unwrap(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<@Nullable Object> out = new ArrayList<>();
            list.forEach(v -> out.add(unwrap(v)));
            return out;
        }
        return value;
    }

    static @Nullable Instant instant(@Nullable Object value) {
        try {
            return value == null ? null : Instant.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
