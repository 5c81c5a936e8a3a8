package fr.passerelle.connector.shop.woocommerce;

import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.connector.http.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes through a WooCommerce {@code /batch} endpoint: at most 100 objects per call (creates and
 * updates together), answers matched back in request order. An item the shop refuses comes back
 * with an {@code error} object inside an HTTP 200: that record fails alone.
 */
final class WooBatch {

    /** WooCommerce's default {@code woocommerce_rest_batch_items_limit}. */
    static final int LIMIT = 100;

    /** One record ready to send: its place in the caller's batch, the target id (null: create) and the body. */
    record Item(int index, String key, @Nullable String id, Map<String, @Nullable Object> body) {
    }

    private final WooCommerceClient client;

    WooBatch(WooCommerceClient client) {
        this.client = client;
    }

    /** Sends the items to {@code <path>/batch} and puts each result at its index in {@code results}. */
    void write(String path, List<Item> items, @Nullable WriteResult[] results) {
        for (int from = 0; from < items.size(); from += LIMIT) {
            List<Item> chunk = items.subList(from, Math.min(items.size(), from + LIMIT));
            List<Item> creates = chunk.stream().filter(i -> i.id() == null).toList();
            List<Item> updates = chunk.stream().filter(i -> i.id() != null).toList();
            Map<String, Object> body = new LinkedHashMap<>();
            if (!creates.isEmpty()) {
                body.put("create", creates.stream().map(Item::body).toList());
            }
            if (!updates.isEmpty()) {
                body.put("update", updates.stream().map(i -> withId(i.body(), i.id())).toList());
            }
            try {
                Map<String, @Nullable Object> answer = client.post(path + "/batch", body);
                match(creates, Json.list(answer.get("create")), true, results);
                match(updates, Json.list(answer.get("update")), false, results);
            } catch (ConnectorException e) {
                chunk.forEach(i -> results[i.index()] = WriteResult.failed(i.key(), e.getMessage(), e.retryable()));
            }
        }
    }

    private static void match(List<Item> sent, List<@Nullable Object> answers, boolean create,
            @Nullable WriteResult[] results) {
        for (int i = 0; i < sent.size(); i++) {
            Item item = sent.get(i);
            Map<String, @Nullable Object> answer = i < answers.size() ? Json.object(answers.get(i)) : Map.of();
            results[item.index()] = result(item, answer, create);
        }
    }

    static WriteResult result(Item item, Map<String, @Nullable Object> answer, boolean create) {
        Map<String, @Nullable Object> error = Json.object(answer.get("error"));
        if (!error.isEmpty()) {
            int status = Json.object(error.get("data")).get("status") instanceof Number n ? n.intValue() : 400;
            return WriteResult.failed(item.key(), error.get("code") + ": " + error.get("message"), status >= 500);
        }
        String id = Json.text(answer.get("id"));
        if (id == null || id.equals("0")) {
            return WriteResult.failed(item.key(), "the shop answered without an id", true);
        }
        return create ? WriteResult.created(item.key(), id) : WriteResult.updated(item.key(), id);
    }

    private static Map<String, @Nullable Object> withId(Map<String, @Nullable Object> body, @Nullable String id) {
        Map<String, @Nullable Object> copy = new LinkedHashMap<>(body);
        copy.put("id", id == null ? null : Long.valueOf(id));
        return copy;
    }
}
