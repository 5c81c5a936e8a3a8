package fr.passerelle.sandbox.shop.shopify;

import fr.passerelle.sandbox.shop.ShopJson;
import fr.passerelle.sandbox.shop.WebhookSender;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Shopify webhook subscriptions ({@code webhookSubscriptionCreate/Delete}, {@code webhookSubscriptions})
 * and their deliveries: a REST-shaped order body (snake case, numeric {@code id},
 * {@code admin_graphql_api_id}) with the headers {@code X-Shopify-Topic}, {@code X-Shopify-Hmac-Sha256}
 * (base64 HMAC-SHA256 of the raw body with the app's client secret), {@code X-Shopify-Shop-Domain},
 * {@code X-Shopify-API-Version}, {@code X-Shopify-Webhook-Id} (the same on a retry),
 * {@code X-Shopify-Event-Id} and {@code X-Shopify-Triggered-At}. A subscription whose deliveries
 * keep failing is deleted (assumed: after 8 consecutive failures, Shopify's retry count).
 */
final class ShopifyWebhooks {

    static final String DOMAIN = "passerelle-sandbox.myshopify.com";

    private final List<Map<String, @Nullable Object>> subscriptions = new ArrayList<>();
    private final Map<String, Integer> failures = new LinkedHashMap<>();
    private final WebhookSender sender = new WebhookSender();
    private final ShopifyCatalog catalog;
    volatile String clientSecret = ShopifySandbox.DEFAULT_CLIENT_SECRET;
    final List<Delivery> sent = new ArrayList<>();

    record Delivery(String url, byte[] body, Map<String, String> headers, String subscriptionId) {
    }

    ShopifyWebhooks(ShopifyCatalog catalog) {
        this.catalog = catalog;
    }

    synchronized List<Map<String, @Nullable Object>> subscriptions() {
        return subscriptions.stream().map(ShopJson::copy).toList();
    }

    synchronized Map<String, @Nullable Object> create(@Nullable Object topic, Map<String, @Nullable Object> input) {
        String uri = ShopJson.text(input.getOrDefault("uri", input.get("callbackUrl")));
        if (topic == null || uri == null || !uri.matches("https?://.+")) {
            return ShopifyMutations.payload("webhookSubscription", null, List.of(ShopifyCatalog.userError(
                    List.of("webhookSubscription", "callbackUrl"), "Address is invalid", null)));
        }
        for (Map<String, @Nullable Object> s : subscriptions) {
            if (topic.toString().equals(s.get("topic")) && uri.equals(s.get("uri"))) {
                return ShopifyMutations.payload("webhookSubscription", null, List.of(ShopifyCatalog.userError(
                        List.of("webhookSubscription", "callbackUrl"), "Address for this topic has already been taken", null)));
            }
        }
        Map<String, @Nullable Object> subscription = new LinkedHashMap<>();
        subscription.put("id", catalog.gid("WebhookSubscription"));
        subscription.put("topic", topic.toString());
        subscription.put("uri", uri);
        subscription.put("callbackUrl", uri);
        subscription.put("format", "JSON");
        subscription.put("createdAt", ShopifyCatalog.now());
        subscriptions.add(subscription);
        return ShopifyMutations.payload("webhookSubscription", ShopJson.copy(subscription), List.of());
    }

    synchronized Map<String, @Nullable Object> delete(@Nullable Object id) {
        boolean removed = subscriptions.removeIf(s -> Objects.equals(s.get("id"), id));
        return removed ? ShopifyMutations.payload("deletedWebhookSubscriptionId", id, List.of())
                : ShopifyMutations.payload("deletedWebhookSubscriptionId", null, List.of(ShopifyCatalog.userError(
                        List.of("id"), "Webhook subscription does not exist", null)));
    }

    /** An order created or changed: {@code orders/create} or {@code orders/updated}, REST-shaped. */
    synchronized void order(String topic, Map<String, @Nullable Object> order) {
        String id = String.valueOf(order.get("id"));
        Map<String, @Nullable Object> rest = new LinkedHashMap<>();
        rest.put("id", new BigDecimal(id.substring(id.lastIndexOf('/') + 1)));
        rest.put("admin_graphql_api_id", id);
        rest.put("name", order.get("name"));
        rest.put("email", order.get("email"));
        rest.put("created_at", order.get("createdAt"));
        rest.put("updated_at", order.get("updatedAt"));
        rest.put("currency", order.get("currencyCode"));
        rest.put("financial_status", String.valueOf(order.get("displayFinancialStatus")).toLowerCase(Locale.ROOT));
        rest.put("total_price", ShopJson.object(ShopJson.object(order.get("totalPriceSet")).get("shopMoney")).get("amount"));
        byte[] body = ShopJson.write(rest).getBytes(StandardCharsets.UTF_8);
        String enumName = topic.replace('/', '_').toUpperCase(Locale.ROOT);
        for (Map<String, @Nullable Object> s : subscriptions) {
            if (!enumName.equals(s.get("topic"))) {
                continue;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("X-Shopify-Topic", topic);
            headers.put("X-Shopify-Hmac-Sha256", WebhookSender.sign(body, clientSecret));
            headers.put("X-Shopify-Shop-Domain", DOMAIN);
            headers.put("X-Shopify-API-Version", "2026-07");
            headers.put("X-Shopify-Webhook-Id", UUID.randomUUID().toString());
            headers.put("X-Shopify-Event-Id", UUID.randomUUID().toString());
            headers.put("X-Shopify-Triggered-At", Instant.now().toString());
            Delivery delivery = new Delivery(String.valueOf(s.get("uri")), body, headers, String.valueOf(s.get("id")));
            sent.add(delivery);
            send(delivery);
        }
    }

    synchronized void send(Delivery delivery) {
        sender.deliver(delivery.url(), delivery.body(), delivery.headers(), status -> outcome(delivery.subscriptionId(), status));
    }

    private synchronized void outcome(String subscriptionId, int status) {
        if (status >= 200 && status < 300) {
            failures.remove(subscriptionId);
        } else if (failures.merge(subscriptionId, 1, Integer::sum) >= 8) {
            subscriptions.removeIf(s -> subscriptionId.equals(s.get("id")));
        }
    }

    synchronized @Nullable Delivery last() {
        return sent.isEmpty() ? null : sent.getLast();
    }

    synchronized void deleteAll() {
        subscriptions.clear();
    }

    void drain() {
        sender.drain();
    }
}
