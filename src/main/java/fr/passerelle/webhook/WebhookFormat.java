package fr.passerelle.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How each shop's deliveries are shaped: the headers carrying the signature, the delivery id and
 * the topic, and where the order's id is in the body (the body itself is never trusted beyond
 * that id: the order is read again from the shop).
 */
enum WebhookFormat {

    /** Headers X-WC-Webhook-*; the body is the order as GET /orders/{id} answers it. */
    WOOCOMMERCE("x-wc-webhook-signature", "x-wc-webhook-delivery-id", "x-wc-webhook-topic") {
        @Override
        @Nullable String orderKey(JsonNode body) {
            JsonNode id = body.path("id");
            return id.isNumber() || id.isString() ? id.asString() : null;
        }

        @Override
        String topic(String header) {
            return header;
        }
    },

    /** Headers X-Shopify-*; the body is the REST-shaped order, whose GraphQL id is admin_graphql_api_id. */
    SHOPIFY("x-shopify-hmac-sha256", "x-shopify-webhook-id", "x-shopify-topic") {
        @Override
        @Nullable String orderKey(JsonNode body) {
            if (body.path("admin_graphql_api_id").isString()) {
                return body.path("admin_graphql_api_id").asString();
            }
            JsonNode id = body.path("id");
            return id.isNumber() ? "gid://shopify/Order/" + id.asString() : null;
        }

        /** {@code orders/create} -> {@code ORDERS_CREATE}, the name subscriptions use. */
        @Override
        String topic(String header) {
            return header.replace('/', '_').toUpperCase(Locale.ROOT);
        }
    };

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String signatureHeader;
    final String deliveryHeader;
    final String topicHeader;

    WebhookFormat(String signatureHeader, String deliveryHeader, String topicHeader) {
        this.signatureHeader = signatureHeader;
        this.deliveryHeader = deliveryHeader;
        this.topicHeader = topicHeader;
    }

    abstract @Nullable String orderKey(JsonNode body);

    abstract String topic(String header);

    static Optional<WebhookFormat> of(String shopType) {
        return switch (shopType) {
            case "woocommerce" -> Optional.of(WOOCOMMERCE);
            case "shopify" -> Optional.of(SHOPIFY);
            default -> Optional.empty();
        };
    }

    static @Nullable JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static @Nullable String header(Map<String, String> headers, String name) {
        return headers.get(name);
    }
}
