package fr.passerelle.connector.shop.prestashop;

import fr.passerelle.connector.WriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the order-status flow writes to a PrestaShop order (PST-1..3), each part only when the
 * shop does not hold it yet, so a re-run adds no history, carrier line or message:
 * <ul>
 * <li>{@code state_name}: the order state of that name, read from {@code order_states} (ids differ
 *     between shops and languages; never hard-coded), or {@code current_state} as an id: a new
 *     {@code order_histories} record when the order is in another state;</li>
 * <li>{@code tracking_numbers} ({@code [{number}]}): the order's carrier line gets the first
 *     number; each further parcel is one more {@code order_carriers} line on the same carrier;</li>
 * <li>{@code erp_document}, {@code invoice_message}: private (back office) and customer-visible
 *     order messages, each sent once;</li>
 * <li>{@code notify_customer}: {@code sendemail=1} on the history (the state's e-mail) and on the
 *     carrier update (the "in transit" e-mail).</li>
 * </ul>
 */
final class PsOrderStatus {

    private final PrestaShopClient client;
    private @Nullable Map<String, String> states;

    PsOrderStatus(PrestaShopClient client) {
        this.client = client;
    }

    WriteResult write(String key, String orderId, Map<String, @Nullable Object> fields) {
        boolean notify = Boolean.TRUE.equals(fields.get("notify_customer"))
                || "1".equals(PsValues.text(fields.get("notify_customer")));
        Map<String, String> mail = notify ? Map.of("sendemail", "1") : Map.of();
        String state = state(fields);
        if (state != null) {
            Map<String, @Nullable Object> order = client.get("orders", orderId);
            if (!state.equals(PsValues.text(order.get("current_state")))) {
                client.send("POST", "order_histories", "order_history",
                        new LinkedHashMap<>(Map.of("id_order", orderId, "id_order_state", state)), Set.of(), mail);
            }
        }
        if (fields.get("tracking_numbers") instanceof List<?> numbers && !numbers.isEmpty()) {
            tracking(orderId, numbers, mail);
        }
        message(orderId, PsValues.text(fields.get("erp_document")), true);
        message(orderId, PsValues.text(fields.get("invoice_message")), false);
        return WriteResult.updated(key, orderId);
    }

    private @Nullable String state(Map<String, @Nullable Object> fields) {
        String name = PsValues.text(fields.get("state_name"));
        if (name == null || name.isBlank()) {
            return PsValues.text(fields.get("current_state"));
        }
        if (states == null) {
            Map<String, String> byName = new HashMap<>();
            for (Map<String, @Nullable Object> s : client.list("order_states", Map.of("display", "full"))) {
                byName.put(normal(PsValues.text(s.get("name"))), PsValues.text(s.get("id")));
            }
            states = byName;
        }
        String id = states.get(normal(name));
        if (id == null) {
            throw new IllegalArgumentException("the shop has no order state named '" + name + "'; its states: "
                    + new java.util.TreeSet<>(states.keySet()));
        }
        return id;
    }

    private void tracking(String orderId, List<?> numbers, Map<String, String> mail) {
        List<Map<String, @Nullable Object>> carriers = client.list("order_carriers",
                Map.of("filter[id_order]", PsValues.filter(orderId), "display", "full"));
        if (carriers.isEmpty()) {
            throw new IllegalArgumentException("order " + orderId + " has no carrier to hold a tracking number");
        }
        List<String> held = new ArrayList<>();
        carriers.forEach(c -> held.add(PsValues.text(c.get("tracking_number"))));
        for (Object entry : numbers) {
            String number = PsValues.text(entry instanceof Map<?, ?> m ? m.get("number") : entry);
            if (number == null || number.isBlank() || held.contains(number)) {
                continue;
            }
            Map<String, @Nullable Object> blank = carriers.stream()
                    .filter(c -> PsValues.text(c.get("tracking_number")) == null || PsValues.text(c.get("tracking_number")).isBlank())
                    .findFirst().orElse(null);
            if (blank != null) {
                Map<String, @Nullable Object> line = new LinkedHashMap<>(blank);
                line.put("tracking_number", number);
                client.send("PUT", "order_carriers/" + PsValues.text(blank.get("id")), "order_carrier", line, Set.of(), mail);
                blank.put("tracking_number", number);
            } else {
                Map<String, @Nullable Object> line = new LinkedHashMap<>();
                line.put("id_order", orderId);
                line.put("id_carrier", carriers.getFirst().get("id_carrier"));
                line.put("weight", "0");
                line.put("tracking_number", number);
                client.send("POST", "order_carriers", "order_carrier", line, Set.of(), Map.of());
            }
            held.add(number);
        }
    }

    private void message(String orderId, @Nullable String text, boolean internal) {
        if (text == null || text.isBlank()) {
            return;
        }
        boolean sent = client.list("messages", Map.of("filter[id_order]", PsValues.filter(orderId), "display", "full"))
                .stream().anyMatch(m -> text.equals(PsValues.text(m.get("message"))));
        if (!sent) {
            client.send("POST", "messages", "message", new LinkedHashMap<>(Map.of("id_order", orderId, "message", text,
                    "private", internal ? "1" : "0")), Set.of(), Map.of());
        }
    }

    private static String normal(@Nullable String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }
}
