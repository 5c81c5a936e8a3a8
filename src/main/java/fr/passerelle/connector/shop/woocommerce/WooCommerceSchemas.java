package fr.passerelle.connector.shop.woocommerce;

import static fr.passerelle.connector.FieldType.ANY;
import static fr.passerelle.connector.FieldType.BOOLEAN;
import static fr.passerelle.connector.FieldType.DATETIME;
import static fr.passerelle.connector.FieldType.DECIMAL;
import static fr.passerelle.connector.FieldType.INTEGER;
import static fr.passerelle.connector.FieldType.LIST;
import static fr.passerelle.connector.FieldType.OBJECT;
import static fr.passerelle.connector.FieldType.STRING;

import fr.passerelle.connector.EntitySchema;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FieldType;
import java.util.ArrayList;
import java.util.List;

/**
 * The entities and fields the studio and the mapping compiler see, named as WooCommerce names
 * them (prices are strings in WooCommerce: DECIMAL here, sent as text). Plug-in fields carry the
 * plug-in's name. Meta keys for plug-ins: Yoast SEO ({@code _yoast_wpseo_*}, its documented post
 * meta), Customer Specific Pricing, Groups and Product Attachment (the keys below are the ones
 * this connector writes; check them against the plug-in version the shop runs).
 */
final class WooCommerceSchemas {

    static final String YOAST = "Yoast SEO";
    static final String BRANDS = "Perfect Brands";
    static final String CSP = "Customer Specific Pricing";
    static final String GROUPS = "Groups";
    static final String ATTACHMENTS = "Product Attachment";

    private WooCommerceSchemas() {
    }

    static List<EntitySchema> all() {
        return List.of(category(), brand(), product(), variation(), stock(), price(), customerGroup(), customer(),
                prospect(), order(), payment(), orderNote(), tracking());
    }

    private static EntitySchema entity(WooResource r, boolean read, boolean write, List<FieldSchema> fields) {
        return new EntitySchema(r.entity(), fields, read, write, true);
    }

    private static FieldSchema f(String name, FieldType type, String description) {
        return FieldSchema.of(name, type, description);
    }

    /** The item fields of a LIST field, {@code list[].field} (see {@link FieldSchema#listItems}). */
    private static List<FieldSchema> items(String list, Object... namesTypesDescriptions) {
        return FieldSchema.listItems(list, namesTypesDescriptions);
    }

    private static List<FieldSchema> metaItems(String list) {
        return items(list, "id", INTEGER, "meta id (read-only)", "key", STRING, "meta key", "value", ANY,
                "meta value (text, number, object)");
    }

    private static FieldSchema meta(String key, String description, String plugin) {
        return FieldSchema.of("meta_data[key=" + key + "].value", STRING, description).withPlugin(plugin);
    }

    static EntitySchema category() {
        return entity(WooResource.CATEGORY, true, true, List.of(f("id", INTEGER, "category id (read-only)"),
                FieldSchema.required("name", STRING, "name"), f("slug", STRING, "URL slug"),
                f("parent", INTEGER, "parent category id, 0 for a top category"),
                f("path", STRING, "connector field: 'Level 1 > Level 2 > ...' (up to 6 levels); missing levels are created"),
                f("description", STRING, "description"), f("image.src", STRING, "image URL"),
                f("menu_order", INTEGER, "position")));
    }

    static EntitySchema brand() {
        return entity(WooResource.BRAND, true, true, List.of(f("id", INTEGER, "brand id (read-only)"),
                FieldSchema.required("name", STRING, "brand name").withPlugin(BRANDS),
                f("slug", STRING, "URL slug").withPlugin(BRANDS), f("description", STRING, "description").withPlugin(BRANDS),
                f("image.src", STRING, "logo URL").withPlugin(BRANDS)));
    }

    static List<FieldSchema> priceFields() {
        return List.of(f("regular_price", DECIMAL, "regular price (text in the API)"),
                f("sale_price", DECIMAL, "sale price, empty for none"),
                f("date_on_sale_from_gmt", DATETIME, "sale start (UTC)"), f("date_on_sale_to_gmt", DATETIME, "sale end (UTC)"),
                f("tax_status", STRING, "taxable | shipping | none"),
                f("tax_class", STRING, "tax class slug: '' standard, reduced-rate, zero-rate ... (PRC-4)"),
                meta("_wdm_csp_group_prices", "price-class prices excl. tax, [{group, price, min_qty, from, to}] (PRC-5, assumed storage)", CSP),
                meta("_wdm_csp_customer_prices", "customer prices excl. tax, [{email, price, min_qty, from, to}] (PRC-6, assumed storage)", CSP),
                meta("_purchase_price", "purchase price (PRC-1)", "Cost of Goods"));
    }

    static List<FieldSchema> stockFields() {
        return List.of(f("manage_stock", BOOLEAN, "track stock"), f("stock_quantity", INTEGER, "quantity"),
                f("stock_status", STRING, "instock | outofstock | onbackorder"),
                f("backorders", STRING, "no | notify | yes"),
                meta("_erp_next_delivery_date", "next delivery date (STK-8)", "Passerelle meta"));
    }

    static EntitySchema product() {
        List<FieldSchema> fields = new ArrayList<>(List.of(f("id", INTEGER, "product id (read-only)"),
                FieldSchema.required("sku", STRING, "SKU: the ERP item reference (ART-1)"),
                f("name", STRING, "name"), f("type", STRING, "simple | variable | grouped | external"),
                f("status", STRING, "publish | draft | pending | private (draft deactivates, ART-5)"),
                f("catalog_visibility", STRING, "visible | catalog | search | hidden"),
                f("description", STRING, "description (HTML)"), f("short_description", STRING, "short description"),
                f("slug", STRING, "URL slug"), f("weight", DECIMAL, "weight"),
                f("dimensions.length", DECIMAL, "depth"), f("dimensions.width", DECIMAL, "width"),
                f("dimensions.height", DECIMAL, "height"),
                f("global_unique_id", STRING, "GTIN / EAN / UPC (WooCommerce 9.2+)"),
                f("categories", LIST, "[{id}] categories"),
                f("category_paths", LIST, "connector field: category paths 'A > B > C', resolved (and created) to ids"),
                f("images", LIST, "[{src, alt}]: first is the main photo, the others the gallery (ART-13/14)"),
                f("image_urls", LIST, "connector field: photo URLs, the first is the main photo (ART-13/14)"),
                f("attributes", LIST, "[{id|name, options[], visible, variation}] features and variant axes (ART-9)"),
                f("default_attributes", LIST, "[{id|name, option}]"),
                f("grouped_products", LIST, "product ids of a grouped product (bundle, ART-4)"),
                f("variations", LIST, "connector field: the variations of a variable product (ART-3), written "
                        + "through products/<id>/variations/batch, found by SKU, only the changed ones sent, "
                        + "the ones left out deleted"),
                f("meta_data", LIST, "[{key, value}] custom fields (ART-7)"),
                f("brands", LIST, "brand ids").withPlugin(BRANDS),
                f("brand_names", LIST, "connector field: brand names, resolved (and created) to ids").withPlugin(BRANDS),
                meta("_yoast_wpseo_title", "SEO title (ART-8)", YOAST),
                meta("_yoast_wpseo_metadesc", "SEO meta description", YOAST),
                meta("_yoast_wpseo_focuskw", "SEO focus keyword", YOAST),
                meta("_wpb_product_attachments", "attached document URLs separated by '|' (ART-15)", ATTACHMENTS),
                f("date_modified_gmt", DATETIME, "last change (read-only)")));
        fields.addAll(items("categories", "id", INTEGER, "category id"));
        fields.addAll(items("images", "id", INTEGER, "media id of an existing image", "src", STRING, "image URL (side-loaded)",
                "name", STRING, "image name", "alt", STRING, "alternative text"));
        fields.addAll(items("attributes", "id", INTEGER, "global attribute id, 0 for a local one",
                "name", STRING, "attribute name (local attribute)", "position", INTEGER, "position",
                "visible", BOOLEAN, "shown on the product page", "variation", BOOLEAN, "a variant axis",
                "options", LIST, "option texts"));
        fields.addAll(items("default_attributes", "id", INTEGER, "global attribute id", "name", STRING, "attribute name",
                "option", STRING, "default option"));
        fields.addAll(metaItems("meta_data"));
        fields.addAll(items("variations", "sku", STRING, "SKU of the variant", "status", STRING, "publish | private",
                "description", STRING, "variant description", "regular_price", DECIMAL, "regular price (text in the API)",
                "sale_price", DECIMAL, "sale price", "weight", DECIMAL, "weight", "global_unique_id", STRING,
                "GTIN / EAN", "image", OBJECT, "{src}: the variant photo", "attributes", LIST,
                "[{id|name, option}] the variant's value on each axis", "menu_order", INTEGER, "position",
                "manage_stock", BOOLEAN, "track stock", "stock_quantity", INTEGER, "quantity",
                "meta_data", LIST, "[{key, value}]"));
        fields.addAll(priceFields());
        fields.addAll(stockFields());
        return entity(WooResource.PRODUCT, true, true, fields);
    }

    static EntitySchema variation() {
        List<FieldSchema> fields = new ArrayList<>(List.of(f("id", INTEGER, "variation id (read-only)"),
                FieldSchema.required("parent_id", INTEGER, "the variable product's id"),
                FieldSchema.required("sku", STRING, "SKU of the variant"), f("status", STRING, "publish | private"),
                f("attributes", LIST, "[{id|name, option}] the variant's axis values"),
                f("image.src", STRING, "variant photo URL"), f("weight", DECIMAL, "weight"),
                f("global_unique_id", STRING, "GTIN / EAN"), f("meta_data", LIST, "[{key, value}]")));
        fields.addAll(items("attributes", "id", INTEGER, "global attribute id, 0 for a local one",
                "name", STRING, "attribute name", "option", STRING, "the variant's value on that axis"));
        fields.addAll(metaItems("meta_data"));
        fields.addAll(priceFields());
        fields.addAll(stockFields());
        return entity(WooResource.VARIATION, true, true, fields);
    }

    static EntitySchema stock() {
        List<FieldSchema> fields = new ArrayList<>(List.of(
                FieldSchema.required("sku", STRING, "SKU of the product or variation to update"),
                f("parent_id", INTEGER, "the variable product, when the SKU is a variation's"),
                f("status", STRING, "publish | draft: deactivate by stock (STK-7)")));
        fields.addAll(stockFields());
        return entity(WooResource.STOCK, true, true, fields);
    }

    static EntitySchema price() {
        List<FieldSchema> fields = new ArrayList<>(List.of(
                FieldSchema.required("sku", STRING, "SKU of the product or variation to update"),
                f("parent_id", INTEGER, "the variable product, when the SKU is a variation's")));
        fields.addAll(priceFields());
        return entity(WooResource.PRICE, true, true, fields);
    }

    static EntitySchema customerGroup() {
        return entity(WooResource.CUSTOMER_GROUP, true, true, List.of(f("group_id", INTEGER, "group id").withPlugin(GROUPS),
                FieldSchema.required("name", STRING, "group name: the ERP customer price family (GRP-1)").withPlugin(GROUPS),
                f("description", STRING, "description").withPlugin(GROUPS)));
    }

    private static List<FieldSchema> address(String prefix) {
        List<FieldSchema> fields = new ArrayList<>();
        for (String name : List.of("first_name", "last_name", "company", "address_1", "address_2", "city", "state",
                "postcode", "country", "phone")) {
            fields.add(f(prefix + "." + name, STRING, prefix + " " + name.replace('_', ' ')));
        }
        if (prefix.equals("billing")) {
            fields.add(f("billing.email", STRING, "billing e-mail"));
        }
        return fields;
    }

    static EntitySchema customer() {
        List<FieldSchema> fields = new ArrayList<>(List.of(f("id", INTEGER, "customer id (read-only)"),
                FieldSchema.required("email", STRING, "e-mail: the key that adopts an existing customer (CIM-1)"),
                f("first_name", STRING, "first name"), f("last_name", STRING, "last name"), f("username", STRING, "login"),
                f("role", STRING, "WordPress role (read-only in the API)"),
                f("is_paying_customer", BOOLEAN, "has paid an order (read-only)"),
                f("meta_data", LIST, "[{key, value}] custom fields (CUS-10)"),
                meta("erp_customer_code", "ERP customer code shown in the customer list and record (B2B-1/2)", "Passerelle meta"),
                meta("_siret", "SIRET (CUS-2)", "Passerelle meta"), meta("_naf", "NAF code (CUS-2)", "Passerelle meta"),
                meta("_groups", "comma-separated Groups group names (GRP-1)", GROUPS),
                meta("_account_disabled", "yes when the ERP customer is dormant (CUS-7)", "Passerelle meta")));
        fields.addAll(metaItems("meta_data"));
        fields.addAll(address("billing"));
        fields.addAll(address("shipping"));
        return entity(WooResource.CUSTOMER, true, true, fields);
    }

    static EntitySchema prospect() {
        EntitySchema customer = customer();
        return new EntitySchema(WooResource.PROSPECT.entity(), customer.fields(), true, false, true);
    }

    static EntitySchema order() {
        List<FieldSchema> fields = new ArrayList<>(List.of(f("id", INTEGER, "order id"), f("number", STRING, "order number"),
                f("status", STRING, "pending | processing | on-hold | completed | cancelled | refunded | failed (PST-1)"),
                f("currency", STRING, "ISO currency"), f("prices_include_tax", BOOLEAN, "prices include tax"),
                f("date_created_gmt", DATETIME, "order date (UTC)"), f("date_modified_gmt", DATETIME, "last change"),
                f("customer_id", INTEGER, "customer id, 0 for a guest"), f("customer_note", STRING, "customer note"),
                f("payment_method", STRING, "payment gateway id (PAY-1)"), f("payment_method_title", STRING, "payment title"),
                f("transaction_id", STRING, "payment reference"), f("date_paid_gmt", DATETIME, "payment date (PAY-2)"),
                f("discount_total", DECIMAL, "discounts excl. tax"), f("shipping_total", DECIMAL, "shipping excl. tax"),
                f("total_tax", DECIMAL, "total tax"), f("total", DECIMAL, "total incl. tax"),
                f("line_items", LIST, "[{product_id, variation_id, sku, name, quantity, subtotal, total, total_tax, taxes[]}]"),
                f("tax_lines", LIST, "[{rate_code, label, tax_total, shipping_tax_total}]"),
                f("shipping_lines", LIST, "[{method_id, method_title, total, total_tax}]"),
                f("fee_lines", LIST, "fees"), f("coupon_lines", LIST, "[{code, discount, discount_tax}]"),
                f("meta_data", LIST, "[{key, value}]"),
                meta("_erp_document_number", "ERP document number written back (PST-2)", "Passerelle meta"),
                meta("_erp_invoice_url", "link to the invoice PDF (PST-4)", "Passerelle meta")));
        fields.addAll(items("line_items", "id", INTEGER, "line id", "product_id", INTEGER, "product id",
                "variation_id", INTEGER, "variation id, 0 for a simple product", "sku", STRING, "SKU (ORD-3)",
                "name", STRING, "product name", "quantity", INTEGER, "quantity", "tax_class", STRING, "tax class slug",
                "price", DECIMAL, "unit price after discounts, excl. tax (read-only)",
                "subtotal", DECIMAL, "line total before discounts, excl. tax", "subtotal_tax", DECIMAL, "tax before discounts",
                "total", DECIMAL, "line total after discounts, excl. tax", "total_tax", DECIMAL, "line tax after discounts",
                "taxes", LIST, "[{id, total, subtotal}] tax per rate", "meta_data", LIST, "[{key, value}] line meta"));
        fields.addAll(items("line_items[].taxes", "id", INTEGER, "tax rate id (tax_lines[].rate_id)",
                "total", DECIMAL, "tax after discounts", "subtotal", DECIMAL, "tax before discounts"));
        fields.addAll(metaItems("line_items[].meta_data"));
        fields.addAll(items("tax_lines", "id", INTEGER, "line id", "rate_code", STRING, "rate code (FR-TVA-1)",
                "rate_id", INTEGER, "tax rate id", "label", STRING, "label", "compound", BOOLEAN, "compound tax",
                "tax_total", DECIMAL, "tax on products", "shipping_tax_total", DECIMAL, "tax on shipping"));
        fields.addAll(items("shipping_lines", "id", INTEGER, "line id", "method_id", STRING, "shipping method id (ORD-9)",
                "method_title", STRING, "shipping method title", "total", DECIMAL, "shipping excl. tax (ORD-10)",
                "total_tax", DECIMAL, "shipping tax", "taxes", LIST, "[{id, total}] tax per rate"));
        fields.addAll(items("shipping_lines[].taxes", "id", INTEGER, "tax rate id", "total", DECIMAL, "tax"));
        fields.addAll(items("fee_lines", "id", INTEGER, "line id", "name", STRING, "fee name", "tax_class", STRING, "tax class",
                "total", DECIMAL, "fee excl. tax", "total_tax", DECIMAL, "fee tax", "taxes", LIST, "[{id, total}] tax per rate"));
        fields.addAll(items("fee_lines[].taxes", "id", INTEGER, "tax rate id", "total", DECIMAL, "tax"));
        fields.addAll(items("coupon_lines", "id", INTEGER, "line id", "code", STRING, "coupon code",
                "discount", DECIMAL, "discount excl. tax", "discount_tax", DECIMAL, "discount tax"));
        fields.addAll(metaItems("meta_data"));
        fields.addAll(address("billing"));
        fields.addAll(address("shipping"));
        fields.addAll(fr.passerelle.connector.ImportFields.order());
        return entity(WooResource.ORDER, true, true, fields);
    }

    static EntitySchema payment() {
        List<FieldSchema> fields = new ArrayList<>(fr.passerelle.connector.ImportFields.payment());
        fields.addAll(List.of(f("order_id", INTEGER, "order id"),
                f("number", STRING, "order number"), f("total", DECIMAL, "amount paid"), f("currency", STRING, "currency"),
                f("payment_method", STRING, "gateway id (PAY-1)"), f("payment_method_title", STRING, "gateway title"),
                f("transaction_id", STRING, "transaction reference"), f("date_paid_gmt", DATETIME, "payment date (PAY-2)"),
                f("customer_id", INTEGER, "customer id"), f("status", STRING, "order status"),
                f("billing.email", STRING, "billing e-mail")));
        return entity(WooResource.PAYMENT, true, false, fields);
    }

    static EntitySchema orderNote() {
        return entity(WooResource.ORDER_NOTE, false, true, List.of(FieldSchema.required("order_id", INTEGER, "order id"),
                FieldSchema.required("note", STRING, "note text (document number, invoice link ...)"),
                f("customer_note", BOOLEAN, "true: visible to the customer and e-mailed")));
    }

    static EntitySchema tracking() {
        return entity(WooResource.SHIPMENT_TRACKING, false, true, List.of(
                FieldSchema.required("order_id", INTEGER, "order id").withPlugin("Shipment Tracking"),
                FieldSchema.required("tracking_number", STRING, "carrier tracking number (PST-3)").withPlugin("Shipment Tracking"),
                f("tracking_provider", STRING, "known provider name").withPlugin("Shipment Tracking"),
                f("custom_tracking_provider", STRING, "other provider").withPlugin("Shipment Tracking"),
                f("custom_tracking_link", STRING, "tracking URL").withPlugin("Shipment Tracking"),
                f("date_shipped", STRING, "shipping date, YYYY-MM-DD").withPlugin("Shipment Tracking")));
    }
}
