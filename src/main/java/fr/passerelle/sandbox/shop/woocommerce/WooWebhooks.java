package fr.passerelle.sandbox.shop.woocommerce;

import fr.passerelle.sandbox.SandboxRequest;
import fr.passerelle.sandbox.SandboxResponse;
import fr.passerelle.sandbox.shop.ShopJson;
import fr.passerelle.sandbox.shop.WebhookSender;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * WooCommerce webhooks ({@code wc/v3/webhooks}): created with a topic ({@code order.created},
 * {@code order.updated} ...), a delivery URL and a secret; each matching change is delivered with
 * the headers {@code X-WC-Webhook-Source/-Topic/-Resource/-Event/-Signature/-ID/-Delivery-ID}, the
 * body being the order as {@code GET /orders/{id}} answers it. After more than 5 consecutive
 * failed deliveries (non-2xx) the webhook is {@code disabled}, as WooCommerce does. Assumed (not in
 * the REST docs): delivery ids are increasing integers; the secret is echoed in the answers.
 */
final class WooWebhooks {

    private final TreeMap<Long, Map<String, @Nullable Object>> hooks = new TreeMap<>();
    private final Map<Long, Integer> failures = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(0);
    private final AtomicLong deliveries = new AtomicLong(9000);
    private final WebhookSender sender = new WebhookSender();
    /** Every delivery made, to send one again (a shop's retry, a replay). */
    final List<Delivery> sent = new ArrayList<>();

    record Delivery(String url, byte[] body, Map<String, String> headers, long webhookId) {
    }

    synchronized SandboxResponse handle(SandboxRequest request, @Nullable Long id) {
        if (id == null) {
            if (request.method().equals("GET")) {
                return SandboxResponse.json(200, ShopJson.write(new ArrayList<>(hooks.values())));
            }
            Map<String, @Nullable Object> body = WooRest.body(request);
            String topic = Objects.toString(body.get("topic"), "");
            if (!topic.matches("(order|product|customer|coupon)\\.(created|updated|deleted|restored)|action\\..+")) {
                throw new WooError(400, "rest_invalid_param", "Invalid parameter(s): topic");
            }
            if (body.get("delivery_url") == null) {
                throw new WooError(400, "rest_missing_callback_param", "Missing parameter(s): delivery_url");
            }
            long webhookId = ids.incrementAndGet();
            Map<String, @Nullable Object> hook = new LinkedHashMap<>();
            hook.put("id", BigDecimal.valueOf(webhookId));
            hook.put("name", Objects.toString(body.getOrDefault("name", "Webhook " + webhookId)));
            hook.put("status", Objects.toString(body.getOrDefault("status", "active")));
            hook.put("topic", topic);
            hook.put("resource", topic.substring(0, topic.indexOf('.')));
            hook.put("event", topic.substring(topic.indexOf('.') + 1));
            hook.put("hooks", List.of("woocommerce_new_order"));
            hook.put("delivery_url", body.get("delivery_url"));
            hook.put("secret", Objects.toString(body.getOrDefault("secret", "")));
            hook.put("date_created_gmt", WooCollection.now());
            hooks.put(webhookId, hook);
            return SandboxResponse.json(201, ShopJson.write(hook));
        }
        Map<String, @Nullable Object> hook = hooks.get(id);
        if (hook == null) {
            throw new WooError(404, "woocommerce_rest_webhook_invalid_id", "Invalid ID.");
        }
        switch (request.method()) {
            case "PUT", "POST" -> {
                Map<String, @Nullable Object> body = WooRest.body(request);
                for (String field : List.of("name", "status", "delivery_url", "secret")) {
                    if (body.containsKey(field)) {
                        hook.put(field, body.get(field));
                    }
                }
                if ("active".equals(hook.get("status"))) {
                    failures.remove(id);
                }
            }
            case "DELETE" -> hooks.remove(id);
            default -> {
            }
        }
        return SandboxResponse.json(200, ShopJson.write(hook));
    }

    /** A change of a record: delivered to every active webhook of that resource and event. */
    synchronized void changed(String resource, String event, Map<String, @Nullable Object> record) {
        for (Map<String, @Nullable Object> hook : hooks.values()) {
            if (!"active".equals(hook.get("status")) || !(resource + "." + event).equals(hook.get("topic"))) {
                continue;
            }
            long webhookId = ((BigDecimal) Objects.requireNonNull(hook.get("id"))).longValue();
            byte[] body = ShopJson.write(record).getBytes(StandardCharsets.UTF_8);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("X-WC-Webhook-Source", "https://sandbox.example/");
            headers.put("X-WC-Webhook-Topic", resource + "." + event);
            headers.put("X-WC-Webhook-Resource", resource);
            headers.put("X-WC-Webhook-Event", event);
            headers.put("X-WC-Webhook-Signature", WebhookSender.sign(body, Objects.toString(hook.get("secret"), "")));
            headers.put("X-WC-Webhook-ID", Long.toString(webhookId));
            headers.put("X-WC-Webhook-Delivery-ID", Long.toString(deliveries.incrementAndGet()));
            Delivery delivery = new Delivery(String.valueOf(hook.get("delivery_url")), body, headers, webhookId);
            sent.add(delivery);
            send(delivery);
        }
    }

    synchronized void send(Delivery delivery) {
        sender.deliver(delivery.url(), delivery.body(), delivery.headers(), status -> outcome(delivery.webhookId(), status));
    }

    /** WooCommerce counts consecutive failures per webhook and disables it past 5. */
    private synchronized void outcome(long webhookId, int status) {
        if (status >= 200 && status < 300) {
            failures.remove(webhookId);
        } else if (failures.merge(webhookId, 1, Integer::sum) > 5 && hooks.containsKey(webhookId)) {
            hooks.get(webhookId).put("status", "disabled");
        }
    }

    synchronized List<Map<String, @Nullable Object>> all() {
        return ShopJson.list(ShopJson.normalise(new ArrayList<>(hooks.values()))).stream().map(ShopJson::object).toList();
    }

    synchronized void status(String status) {
        hooks.values().forEach(h -> h.put("status", status));
    }

    synchronized @Nullable Delivery last() {
        return sent.isEmpty() ? null : sent.getLast();
    }

    /** Not synchronized: the deliveries' outcomes need the lock while this waits for them. */
    void drain() {
        sender.drain();
    }
}
