package fr.passerelle.connector.shop.prestashop;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The entities the connector publishes ({@code prestashop.<name>}), the webservice resource each
 * one uses, its multilingual fields and the read-only nodes a PUT must not send back.
 */
enum PsEntity {
    CATEGORY("category", "categories", "category", Set.of("name", "link_rewrite", "description", "meta_title", "meta_description"),
            Set.of("level_depth", "nb_products_recursive")),
    // the availability and delivery texts are multilingual too: read as one language and written back
    // as text, they would overwrite every language with the session's (issue 11)
    PRODUCT("product", "products", "product", Set.of("name", "description", "description_short", "link_rewrite", "meta_title",
            "meta_description", "meta_keywords", "available_now", "available_later", "delivery_in_stock",
            "delivery_out_stock"), Set.of("manufacturer_name", "quantity", "position_in_category")),
    COMBINATION("combination", "combinations", "combination", Set.of(), Set.of()),
    STOCK("stock", "stock_availables", "stock_available", Set.of(), Set.of()),
    PRICE("price", "products", "product", PRODUCT.multilingual, PRODUCT.readOnly),
    SPECIFIC_PRICE("specific_price", "specific_prices", "specific_price", Set.of(), Set.of()),
    MANUFACTURER("manufacturer", "manufacturers", "manufacturer", Set.of("description"), Set.of()),
    FEATURE("feature", "product_features", "product_feature", Set.of("name"), Set.of()),
    FEATURE_VALUE("feature_value", "product_feature_values", "product_feature_value", Set.of("value"), Set.of()),
    GROUP("group", "groups", "group", Set.of("name"), Set.of()),
    CUSTOMER("customer", "customers", "customer", Set.of(), Set.of()),
    ADDRESS("address", "addresses", "address", Set.of(), Set.of()),
    PROSPECT("prospect", "customers", "customer", Set.of(), Set.of()),
    ORDER("order", "orders", "order", Set.of(), Set.of("current_state")),
    ORDER_HISTORY("order_history", "order_histories", "order_history", Set.of(), Set.of()),
    ORDER_CARRIER("order_carrier", "order_carriers", "order_carrier", Set.of(), Set.of()),
    ORDER_MESSAGE("order_message", "messages", "message", Set.of(), Set.of()),
    PAYMENT("payment", "order_payments", "order_payment", Set.of(), Set.of());

    final String name;
    final String resource;
    final String element;
    final Set<String> multilingual;
    final Set<String> readOnly;

    PsEntity(String name, String resource, String element, Set<String> multilingual, Set<String> readOnly) {
        this.name = name;
        this.resource = resource;
        this.element = element;
        this.multilingual = multilingual;
        this.readOnly = readOnly;
    }

    String entity() {
        return PrestaShopClient.SYSTEM + "." + name;
    }

    static Optional<PsEntity> of(String entity) {
        return Arrays.stream(values()).filter(e -> e.entity().equals(entity)).findFirst();
    }
}
