package fr.passerelle.connector.shop.shopify;

import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.connector.http.Json;
import fr.passerelle.connector.http.Payloads;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes back to orders: {@code orderUpdate} (note, tags, metafields such as the ERP document
 * number, PST-2), {@code closed: true} closes the order and {@code markAsPaid: true} marks it paid
 * (PST-1); fulfillments with tracking (PST-3) through the order's open fulfillment orders.
 */
final class ShopifyOrders {

    private final ShopifyClient client;

    ShopifyOrders(ShopifyClient client) {
        this.client = client;
    }

    List<WriteResult> update(List<WriteRequest> requests) {
        List<WriteResult> results = new ArrayList<>();
        for (WriteRequest request : requests) {
            if (request.targetId() == null) {
                results.add(WriteResult.failed(request.key(), "orders are read from the shop, not created", false));
                continue;
            }
            Map<String, @Nullable Object> input = ShopifyProductInput.metafieldDefaults(Payloads.expand(request.payload()));
            Object shipments = input.remove("fulfillments");
            boolean notify = Boolean.TRUE.equals(input.remove("notify_customer"));
            boolean close = Boolean.TRUE.equals(input.remove("closed"));
            boolean paid = Boolean.TRUE.equals(input.remove("markAsPaid"));
            input.put("id", request.targetId());
            String document = "mutation Order($input: OrderInput!" + (paid || close ? ", $id: ID!" : "") + ") {"
                    + " u: orderUpdate(input: $input) { order { id } userErrors { field message } }"
                    + (paid ? " p: orderMarkAsPaid(input: {id: $id}) { order { id } userErrors { field message } }" : "")
                    + (close ? " c: orderClose(input: {id: $id}) { order { id closed } userErrors { field message } }" : "")
                    + " }";
            try {
                Map<String, @Nullable Object> data = client.run("orderUpdate", document, paid || close
                        ? Map.of("input", input, "id", request.targetId()) : Map.of("input", input));
                String errors = null;
                for (String alias : List.of("u", "p", "c")) {
                    if (data.containsKey(alias) && ShopifyClient.userErrors(Json.object(data.get(alias))) != null) {
                        errors = ShopifyClient.userErrors(Json.object(data.get(alias)));
                    }
                }
                if (errors == null && shipments instanceof List<?> list && !list.isEmpty()) {
                    errors = fulfilShipments(request.targetId(), list, notify);
                }
                results.add(errors == null ? WriteResult.updated(request.key(), request.targetId())
                        : WriteResult.failed(request.key(), errors, false));
            } catch (ConnectorException e) {
                results.add(WriteResult.failed(request.key(), e.getMessage(), e.retryable()));
            }
        }
        return results;
    }

    private static final String FULFILMENT_STATE = "query FulfilmentState($id: ID!) { order(id: $id) { id"
            + " fulfillments { trackingInfo { number } }"
            + " fulfillmentOrders(first: 5) { nodes { id status lineItems(first: 50) { nodes { id remainingQuantity"
            + " lineItem { sku } } } } } } }";

    /**
     * PST-3, partial fulfilments: one fulfillment per ERP shipment ({@code [{shipmentNbr, carrier,
     * trackingNumbers: [{number}] (or plain texts), lines: [{sku, quantity}]}]}) that the order does not hold yet (none of its
     * tracking numbers is on a fulfillment), with every parcel's number in its tracking info and
     * the shipped quantities of the open fulfillment order lines of the same SKU. A shipment whose
     * lines match no SKU of the order fulfils what remains (the ERP and the shop name items
     * differently). Returns the errors, or null.
     */
    private @Nullable String fulfilShipments(String orderId, List<?> shipments, boolean notify) {
        Map<String, @Nullable Object> order = Json.object(client.run("fulfilment state", FULFILMENT_STATE,
                Map.of("id", orderId)).get("order"));
        java.util.Set<String> held = new java.util.HashSet<>();
        for (Object f : Json.list(order.get("fulfillments"))) {
            Json.list(Json.object(f).get("trackingInfo")).forEach(t -> held.add(String.valueOf(Json.object(t).get("number"))));
        }
        for (Object item : shipments) {
            Map<String, @Nullable Object> shipment = Json.object(item);
            List<String> numbers = Json.list(shipment.get("trackingNumbers")).stream()
                    .map(n -> n instanceof Map<?, ?> m ? String.valueOf(m.get("number")) : String.valueOf(n)).toList();
            if (!numbers.isEmpty() && numbers.stream().anyMatch(held::contains)) {
                continue;
            }
            Map<String, java.math.BigDecimal> shipped = new java.util.HashMap<>();
            for (Object l : Json.list(shipment.get("lines"))) {
                Map<String, @Nullable Object> line = Json.object(l);
                shipped.merge(String.valueOf(line.get("sku")), new java.math.BigDecimal(String.valueOf(line.get("quantity"))),
                        java.math.BigDecimal::add);
            }
            List<Map<String, Object>> groups = groups(order, shipped);
            if (groups.isEmpty()) {
                groups = groups(order, null);
            }
            if (groups.isEmpty()) {
                return "shipment " + shipment.get("shipmentNbr") + ": the order has nothing left to fulfil";
            }
            Map<String, @Nullable Object> tracking = new LinkedHashMap<>();
            tracking.put("company", Json.text(shipment.get("carrier")));
            tracking.put("numbers", numbers);
            tracking.values().removeIf(v -> v == null || "".equals(v));
            Map<String, @Nullable Object> fulfillment = new LinkedHashMap<>();
            fulfillment.put("lineItemsByFulfillmentOrder", groups);
            fulfillment.put("trackingInfo", tracking);
            fulfillment.put("notifyCustomer", notify);
            String errors = ShopifyClient.userErrors(Json.object(client.run("fulfillmentCreate",
                    ShopifyDocuments.FULFILLMENT_CREATE, Map.of("fulfillment", fulfillment)).get("fulfillmentCreate")));
            if (errors != null) {
                return "shipment " + shipment.get("shipmentNbr") + ": " + errors;
            }
            held.addAll(numbers);
            order = Json.object(client.run("fulfilment state", FULFILMENT_STATE, Map.of("id", orderId)).get("order"));
        }
        return null;
    }

    /** The open fulfillment orders' lines to fulfil: by SKU and shipped quantity, or all that remains (null). */
    private static List<Map<String, Object>> groups(Map<String, @Nullable Object> order,
            java.util.@Nullable Map<String, java.math.BigDecimal> shipped) {
        List<Map<String, Object>> groups = new ArrayList<>();
        Map<String, java.math.BigDecimal> left = shipped == null ? null : new java.util.HashMap<>(shipped);
        for (Object fo : Json.list(Json.object(order.get("fulfillmentOrders")).get("nodes"))) {
            Map<String, @Nullable Object> f = Json.object(fo);
            if (!"OPEN".equals(f.get("status")) && !"IN_PROGRESS".equals(f.get("status"))) {
                continue;
            }
            List<Map<String, Object>> lines = new ArrayList<>();
            for (Object l : Json.list(Json.object(f.get("lineItems")).get("nodes"))) {
                Map<String, @Nullable Object> line = Json.object(l);
                java.math.BigDecimal remaining = new java.math.BigDecimal(String.valueOf(line.get("remainingQuantity")));
                String sku = String.valueOf(Json.object(line.get("lineItem")).get("sku"));
                java.math.BigDecimal quantity = left == null ? remaining : remaining.min(left.getOrDefault(sku, java.math.BigDecimal.ZERO));
                if (quantity.signum() > 0) {
                    lines.add(Map.of("id", String.valueOf(line.get("id")), "quantity", quantity.intValueExact()));
                    if (left != null) {
                        left.put(sku, left.get(sku).subtract(quantity));
                    }
                }
            }
            if (!lines.isEmpty()) {
                groups.add(Map.of("fulfillmentOrderId", String.valueOf(f.get("id")), "fulfillmentOrderLineItems", lines));
            }
        }
        return groups;
    }

    /** Payload: {@code order_id}, {@code tracking_number}, {@code tracking_company}, {@code tracking_url}, {@code notify_customer}. */
    List<WriteResult> fulfill(List<WriteRequest> requests) {
        List<WriteResult> results = new ArrayList<>();
        for (WriteRequest request : requests) {
            Map<String, @Nullable Object> p = Payloads.expand(request.payload());
            String orderId = Json.text(p.getOrDefault("order_id", request.targetId()));
            if (orderId == null) {
                results.add(WriteResult.failed(request.key(), "order_id is missing", false));
                continue;
            }
            try {
                Map<String, @Nullable Object> order = Json.object(client.run("fulfillment orders", ShopifyDocuments.FULFILLMENT_ORDERS,
                        Map.of("id", orderId)).get("order"));
                List<Map<String, Object>> open = new ArrayList<>();
                for (Object fo : Json.list(Json.object(order.get("fulfillmentOrders")).get("nodes"))) {
                    Map<String, @Nullable Object> f = Json.object(fo);
                    if ("OPEN".equals(f.get("status")) || "IN_PROGRESS".equals(f.get("status"))) {
                        open.add(Map.of("fulfillmentOrderId", String.valueOf(f.get("id"))));
                    }
                }
                if (open.isEmpty()) {
                    results.add(WriteResult.failed(request.key(), "the order has nothing left to fulfil", false));
                    continue;
                }
                Map<String, @Nullable Object> tracking = new LinkedHashMap<>();
                tracking.put("number", Json.text(p.get("tracking_number")));
                tracking.put("company", Json.text(p.get("tracking_company")));
                tracking.put("url", Json.text(p.get("tracking_url")));
                tracking.values().removeIf(v -> v == null);
                Map<String, @Nullable Object> fulfillment = new LinkedHashMap<>();
                fulfillment.put("lineItemsByFulfillmentOrder", open);
                fulfillment.put("trackingInfo", tracking);
                fulfillment.put("notifyCustomer", !Boolean.FALSE.equals(p.get("notify_customer")));
                Map<String, @Nullable Object> payload = Json.object(client.run("fulfillmentCreate", ShopifyDocuments.FULFILLMENT_CREATE,
                        Map.of("fulfillment", fulfillment)).get("fulfillmentCreate"));
                String errors = ShopifyClient.userErrors(payload);
                results.add(errors != null ? WriteResult.failed(request.key(), errors, false)
                        : WriteResult.created(request.key(), String.valueOf(Json.object(payload.get("fulfillment")).get("id"))));
            } catch (ConnectorException e) {
                results.add(WriteResult.failed(request.key(), e.getMessage(), e.retryable()));
            }
        }
        return results;
    }
}
