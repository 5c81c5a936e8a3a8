package fr.passerelle.sandbox.shop.prestashop;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the webservice knows of one resource: element names, fields in order, which are
 * multilingual, required or read-only, its associations (plural -> item element and item fields)
 * and the HTTP methods the resource accepts.
 */
record PsResource(String plural, String singular, List<String> fields, Set<String> multilingual, Set<String> required,
        Set<String> readOnly, Map<String, Association> associations, Set<String> methods) {

    /** An association: {@code <categories nodeType="category">} with items carrying these fields. */
    record Association(String item, List<String> fields) {
    }

    static final Set<String> ALL = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    static List<PsResource> catalogue() {
        Association categories = new Association("category", List.of("id"));
        return List.of(
                new PsResource("categories", "category", List.of("id", "id_parent", "level_depth", "active", "name", "link_rewrite",
                        "description", "meta_title", "meta_description", "date_add", "date_upd"),
                        Set.of("name", "link_rewrite", "description", "meta_title", "meta_description"),
                        Set.of("active", "name", "link_rewrite"), Set.of("level_depth"), Map.of(), ALL),
                new PsResource("products", "product", List.of("id", "id_manufacturer", "id_category_default", "id_tax_rules_group",
                        "type", "reference", "ean13", "upc", "mpn", "price", "wholesale_price", "active", "visibility", "state",
                        "weight", "width", "height", "depth", "manufacturer_name", "quantity", "date_add", "date_upd", "name",
                        "description", "description_short", "link_rewrite", "meta_title", "meta_description", "meta_keywords",
                        "available_now", "available_later", "delivery_in_stock", "delivery_out_stock"),
                        Set.of("name", "description", "description_short", "link_rewrite", "meta_title", "meta_description", "meta_keywords",
                                "available_now", "available_later", "delivery_in_stock", "delivery_out_stock"),
                        Set.of("price", "name"), Set.of("manufacturer_name", "quantity"),
                        Map.of("categories", categories,
                                "combinations", new Association("combination", List.of("id")),
                                "images", new Association("image", List.of("id")),
                                "product_features", new Association("product_feature", List.of("id", "id_feature_value")),
                                "stock_availables", new Association("stock_available", List.of("id", "id_product_attribute")),
                                "product_bundle", new Association("product", List.of("id", "id_product_attribute", "quantity"))), ALL),
                new PsResource("combinations", "combination", List.of("id", "id_product", "reference", "ean13", "price", "weight",
                        "minimal_quantity", "default_on"), Set.of(), Set.of("id_product", "minimal_quantity"), Set.of(),
                        Map.of("product_option_values", new Association("product_option_value", List.of("id"))), ALL),
                new PsResource("product_options", "product_option", List.of("id", "is_color_group", "group_type", "name", "public_name"),
                        Set.of("name", "public_name"), Set.of("group_type", "name", "public_name"), Set.of(), Map.of(), ALL),
                new PsResource("product_option_values", "product_option_value", List.of("id", "id_attribute_group", "color", "name"),
                        Set.of("name"), Set.of("id_attribute_group", "name"), Set.of(), Map.of(), ALL),
                new PsResource("product_features", "product_feature", List.of("id", "name"), Set.of("name"), Set.of("name"), Set.of(),
                        Map.of(), ALL),
                new PsResource("product_feature_values", "product_feature_value", List.of("id", "id_feature", "custom", "value"),
                        Set.of("value"), Set.of("id_feature", "value"), Set.of(), Map.of(), ALL),
                new PsResource("manufacturers", "manufacturer", List.of("id", "active", "name", "description", "date_add", "date_upd"),
                        Set.of("description"), Set.of("name"), Set.of(), Map.of(), ALL),
                new PsResource("stock_availables", "stock_available", List.of("id", "id_product", "id_product_attribute", "id_shop",
                        "id_shop_group", "quantity", "depends_on_stock", "out_of_stock"), Set.of(),
                        Set.of("id_product", "id_product_attribute", "quantity", "depends_on_stock", "out_of_stock"), Set.of(), Map.of(),
                        Set.of("GET", "HEAD", "PUT", "PATCH")),
                new PsResource("specific_prices", "specific_price", List.of("id", "id_product", "id_product_attribute", "id_shop",
                        "id_cart", "id_currency", "id_country", "id_group", "id_customer", "price", "from_quantity", "reduction",
                        "reduction_tax", "reduction_type", "from", "to"), Set.of(),
                        Set.of("id_product", "id_shop", "id_cart", "id_currency", "id_country", "id_group", "id_customer", "price",
                                "from_quantity", "reduction", "reduction_tax", "reduction_type", "from", "to"), Set.of(), Map.of(), ALL),
                new PsResource("groups", "group", List.of("id", "reduction", "price_display_method", "show_prices", "date_add",
                        "date_upd", "name"), Set.of("name"), Set.of("price_display_method", "name"), Set.of(), Map.of(), ALL),
                new PsResource("customers", "customer", List.of("id", "id_default_group", "lastname", "firstname", "email", "passwd",
                        "company", "siret", "ape", "active", "newsletter", "note", "date_add", "date_upd"), Set.of(),
                        Set.of("lastname", "firstname", "email", "passwd"), Set.of(),
                        Map.of("groups", new Association("group", List.of("id"))), ALL),
                new PsResource("addresses", "address", List.of("id", "id_customer", "id_country", "alias", "company", "lastname",
                        "firstname", "address1", "address2", "postcode", "city", "phone", "vat_number", "dni", "date_add", "date_upd"),
                        Set.of(), Set.of("id_country", "alias", "lastname", "firstname", "address1", "city"), Set.of(), Map.of(), ALL),
                new PsResource("orders", "order", List.of("id", "id_address_delivery", "id_address_invoice", "id_cart", "id_currency",
                        "id_lang", "id_customer", "id_carrier", "current_state", "module", "payment", "reference",
                        "total_discounts_tax_incl", "total_discounts_tax_excl", "total_paid", "total_paid_tax_incl",
                        "total_paid_tax_excl", "total_paid_real", "total_products", "total_products_wt", "total_shipping_tax_incl",
                        "total_shipping_tax_excl", "carrier_tax_rate", "conversion_rate", "date_add", "date_upd"), Set.of(),
                        Set.of("id_address_delivery", "id_address_invoice", "id_cart", "id_currency", "id_lang", "id_customer",
                                "id_carrier", "module", "payment", "total_paid", "total_paid_real", "total_products",
                                "total_products_wt", "conversion_rate"), Set.of("current_state"),
                        Map.of("order_rows", new Association("order_row", List.of("id", "product_id", "product_attribute_id",
                                "product_quantity", "product_name", "product_reference", "product_ean13", "unit_price_tax_incl",
                                "unit_price_tax_excl"))), Set.of("GET", "HEAD", "POST", "PUT", "PATCH")),
                new PsResource("order_histories", "order_history", List.of("id", "id_employee", "id_order_state", "id_order", "date_add"),
                        Set.of(), Set.of("id_order_state", "id_order"), Set.of(), Map.of(), Set.of("GET", "HEAD", "POST")),
                new PsResource("order_carriers", "order_carrier", List.of("id", "id_order", "id_carrier", "id_order_invoice", "weight",
                        "shipping_cost_tax_excl", "shipping_cost_tax_incl", "tracking_number", "date_add"), Set.of(),
                        Set.of("id_order", "id_carrier"), Set.of(), Map.of(), ALL),
                new PsResource("order_payments", "order_payment", List.of("id", "order_reference", "id_currency", "amount",
                        "payment_method", "conversion_rate", "transaction_id", "date_add"), Set.of(),
                        Set.of("id_currency", "amount", "conversion_rate"), Set.of(), Map.of(), ALL),
                new PsResource("messages", "message", List.of("id", "id_cart", "id_order", "id_customer", "id_employee", "message",
                        "private", "date_add"), Set.of(), Set.of("message"), Set.of(), Map.of(), Set.of("GET", "HEAD", "POST", "PUT", "DELETE")),
                // cart rules applied to an order (coupons, discounts, free shipping), as the webservice's OrderCartRule
                new PsResource("order_cart_rules", "order_cart_rule", List.of("id", "id_order", "id_cart_rule",
                        "id_order_invoice", "name", "value", "value_tax_excl", "free_shipping"), Set.of(),
                        Set.of("id_order", "id_cart_rule", "name", "value", "value_tax_excl"), Set.of(), Map.of(), ALL),
                new PsResource("order_states", "order_state", List.of("id", "paid", "shipped", "delivery", "invoice", "name"),
                        Set.of("name"), Set.of("name"), Set.of(), Map.of(), Set.of("GET", "HEAD")));
    }
}
