package fr.passerelle.connector.shop.woocommerce;

import java.util.Arrays;
import java.util.Optional;

/**
 * The entities the connector publishes ({@code woocommerce.<name>}) and the REST resource each
 * one reads and writes. Stock and prices are not resources of their own in WooCommerce: they are
 * fields of products and variations, written through the same batch endpoints.
 */
enum WooResource {
    CATEGORY("category", "wc/v3/products/categories"),
    BRAND("brand", "wc/v3/products/brands"),
    PRODUCT("product", "wc/v3/products"),
    VARIATION("variation", "wc/v3/products/{parent_id}/variations"),
    STOCK("stock", "wc/v3/products"),
    PRICE("price", "wc/v3/products"),
    CUSTOMER_GROUP("customer_group", "groups/v1/groups"),
    CUSTOMER("customer", "wc/v3/customers"),
    PROSPECT("prospect", "wc/v3/customers"),
    ORDER("order", "wc/v3/orders"),
    PAYMENT("payment", "wc/v3/orders"),
    ORDER_NOTE("order_note", "wc/v3/orders/{order_id}/notes"),
    SHIPMENT_TRACKING("shipment_tracking", "wc-shipment-tracking/v3/orders/{order_id}/shipment-trackings");

    private final String name;
    private final String path;

    WooResource(String name, String path) {
        this.name = name;
        this.path = path;
    }

    String entity() {
        return WooCommerceClient.SYSTEM + "." + name;
    }

    String path() {
        return path;
    }

    String path(String parentId) {
        return path.replaceFirst("\\{[a-z_]+}", parentId);
    }

    static Optional<WooResource> of(String entity) {
        return Arrays.stream(values()).filter(r -> r.entity().equals(entity)).findFirst();
    }
}
