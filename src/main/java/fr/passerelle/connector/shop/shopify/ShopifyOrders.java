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
                results.add(errors == null ? WriteResult.updated(request.key(), request.targetId())
                        : WriteResult.failed(request.key(), errors, false));
            } catch (ConnectorException e) {
                results.add(WriteResult.failed(request.key(), e.getMessage(), e.retryable()));
            }
        }
        return results;
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
