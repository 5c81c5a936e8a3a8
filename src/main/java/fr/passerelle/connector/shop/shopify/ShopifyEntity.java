package fr.passerelle.connector.shop.shopify;

import java.util.Arrays;
import java.util.Optional;

/** The entities the connector publishes, {@code shopify.<name>}. */
enum ShopifyEntity {
    COLLECTION("collection"),
    PRODUCT("product"),
    VARIANT("variant"),
    STOCK("stock"),
    PRICE("price"),
    LOCATION("location"),
    CUSTOMER("customer"),
    PROSPECT("prospect"),
    ORDER("order"),
    PAYMENT("payment"),
    FULFILLMENT("fulfillment");

    private final String name;

    ShopifyEntity(String name) {
        this.name = name;
    }

    String entity() {
        return ShopifyClient.SYSTEM + "." + name;
    }

    static Optional<ShopifyEntity> of(String entity) {
        return Arrays.stream(values()).filter(e -> e.entity().equals(entity)).findFirst();
    }
}
