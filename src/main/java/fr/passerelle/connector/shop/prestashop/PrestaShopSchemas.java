package fr.passerelle.connector.shop.prestashop;

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

/** Entities and fields as the webservice names them; multilingual fields take a text (all languages) or a map by language id. */
final class PrestaShopSchemas {

    private PrestaShopSchemas() {
    }

    private static FieldSchema f(String name, FieldType type, String description) {
        return FieldSchema.of(name, type, description);
    }

    private static EntitySchema e(PsEntity entity, boolean read, boolean write, FieldSchema... fields) {
        return new EntitySchema(entity.entity(), List.of(fields), read, write, true);
    }

    private static EntitySchema e(PsEntity entity, boolean read, boolean write, List<FieldSchema> itemFields,
            FieldSchema... fields) {
        List<FieldSchema> all = new ArrayList<>(List.of(fields));
        all.addAll(itemFields);
        return new EntitySchema(entity.entity(), all, read, write, true);
    }

    /** The item fields of a LIST field, {@code list[].field} (see {@link FieldSchema#listItems}). */
    private static List<FieldSchema> items(String list, Object... namesTypesDescriptions) {
        return FieldSchema.listItems(list, namesTypesDescriptions);
    }


    static List<EntitySchema> all() {
        List<EntitySchema> schemas = new ArrayList<>();
        schemas.add(e(PsEntity.CATEGORY, true, true, f("id", INTEGER, "category id"),
                f("path", STRING, "connector field: 'Level 1 > ... > Level 6' under Home; missing levels are created (CAT-1/2)"),
                f("name", STRING, "name (multilingual)"), f("id_parent", INTEGER, "parent category"), f("active", BOOLEAN, "active"),
                f("link_rewrite", STRING, "URL (multilingual)"), f("description", STRING, "description (multilingual)"),
                f("meta_title", STRING, "SEO title"), f("meta_description", STRING, "SEO description")));
        List<FieldSchema> productItems = new ArrayList<>(items("associations.categories", "id", INTEGER, "category id"));
        productItems.addAll(items("associations.product_features", "id", INTEGER, "feature id",
                "id_feature_value", INTEGER, "feature value id"));
        productItems.addAll(items("associations.product_bundle", "id", INTEGER, "product id of the pack item",
                "id_product_attribute", INTEGER, "combination id, 0 for none", "quantity", INTEGER, "quantity in the pack"));
        schemas.add(e(PsEntity.PRODUCT, true, true, productItems, f("id", INTEGER, "product id"),
                FieldSchema.required("reference", STRING, "reference: the ERP item code (ART-1), 64 characters"),
                f("name", STRING, "name (multilingual, ART-6)"), f("description", STRING, "description (multilingual)"),
                f("description_short", STRING, "summary (multilingual)"), f("link_rewrite", STRING, "URL (multilingual, ART-8)"),
                f("meta_title", STRING, "SEO title (ART-8)"), f("meta_description", STRING, "SEO description"),
                f("meta_keywords", STRING, "SEO keywords"), f("price", DECIMAL, "price excl. tax (PRC-3)"),
                f("wholesale_price", DECIMAL, "purchase price (PRC-1)"), f("id_tax_rules_group", INTEGER, "tax rules group (PRC-4)"),
                f("active", BOOLEAN, "active; 0 deactivates (ART-5)"), f("visibility", STRING, "both | catalog | search | none"),
                f("type", STRING, "simple | pack | virtual (pack: bundle, ART-4)"), f("ean13", STRING, "EAN13 (ART-12)"),
                f("upc", STRING, "UPC"), f("mpn", STRING, "MPN"), f("weight", DECIMAL, "weight (ART-11)"), f("width", DECIMAL, "width (ART-10)"),
                f("height", DECIMAL, "height"), f("depth", DECIMAL, "depth"), f("id_manufacturer", INTEGER, "brand id"),
                f("manufacturer", STRING, "connector field: brand name, created when missing (ART-16)"),
                f("id_category_default", INTEGER, "default category"),
                f("category_paths", LIST, "connector field: category paths, created when missing; the first is the default"),
                f("image_urls", LIST, "connector field: photo URLs fetched and uploaded when the product has none (ART-13/14)"),
                f("associations.categories", LIST, "[{id}] categories"),
                f("associations.product_features", LIST, "[{id, id_feature_value}] features (ART-9)"),
                f("associations.product_bundle", LIST, "[{id, id_product_attribute, quantity}] pack items (ART-4)"),
                f("quantity", INTEGER, "total stock (read-only)"), f("date_upd", DATETIME, "last change")));
        schemas.add(e(PsEntity.COMBINATION, true, true, f("id", INTEGER, "combination id"),
                f("id_product", INTEGER, "product id"), f("product_reference", STRING, "connector field: the product's reference"),
                FieldSchema.required("reference", STRING, "reference of the variant (ART-3)"),
                f("options", OBJECT, "connector field: {attribute group: value}, groups and values created when missing"),
                f("price", DECIMAL, "price impact on the product price"), f("ean13", STRING, "EAN13"), f("weight", DECIMAL, "weight impact"),
                f("minimal_quantity", INTEGER, "minimal quantity (default 1)"), f("default_on", BOOLEAN, "default combination")));
        schemas.add(e(PsEntity.STOCK, true, true, FieldSchema.required("reference", STRING, "product or combination reference"),
                FieldSchema.required("quantity", INTEGER, "quantity (STK-3)"),
                f("out_of_stock", INTEGER, "0 deny orders, 1 allow, 2 shop default (STK-7)"),
                f("active", BOOLEAN, "the product's active flag, set by stock (STK-7); left alone for a combination")));
        schemas.add(e(PsEntity.PRICE, true, true, FieldSchema.required("reference", STRING, "product reference"),
                f("price", DECIMAL, "price excl. tax (PRC-2/3)"), f("wholesale_price", DECIMAL, "purchase price (PRC-1)"),
                f("id_tax_rules_group", INTEGER, "tax rules group (PRC-4)"),
                f("specific_prices", LIST, "connector field: the product's group and customer prices, created, updated or deleted (PRC-5/6)"),
                f("specific_prices[].id_group", INTEGER, "customer group, 0 for all"), f("specific_prices[].id_customer", INTEGER, "customer, 0 for all"),
                f("specific_prices[].price", DECIMAL, "fixed price excl. tax"), f("specific_prices[].from_quantity", INTEGER, "from quantity"),
                f("specific_prices[].from", STRING, "start 'yyyy-MM-dd HH:mm:ss'"), f("specific_prices[].to", STRING, "end"),
                f("specific_prices[].reduction", DECIMAL, "reduction"), f("specific_prices[].reduction_type", STRING, "amount | percentage")));
        schemas.add(e(PsEntity.SPECIFIC_PRICE, true, true, f("reference", STRING, "connector field: product reference"),
                f("id_product", INTEGER, "product id"), f("id_group", INTEGER, "customer group, 0 for all (PRC-5)"),
                f("id_customer", INTEGER, "customer, 0 for all (PRC-6)"), f("customer_email", STRING, "connector field: the customer's e-mail"),
                f("price", DECIMAL, "fixed price excl. tax, -1 keeps the base price"), f("reduction", DECIMAL, "reduction"),
                f("reduction_type", STRING, "amount | percentage"), f("reduction_tax", BOOLEAN, "reduction includes tax"),
                f("from_quantity", INTEGER, "from quantity"), f("from", STRING, "start, 0000-00-00 00:00:00 for none"),
                f("to", STRING, "end")));
        schemas.add(e(PsEntity.MANUFACTURER, true, true, FieldSchema.required("name", STRING, "brand name (ART-16)"),
                f("active", BOOLEAN, "active"), f("description", STRING, "description (multilingual)")));
        schemas.add(e(PsEntity.FEATURE, true, true, FieldSchema.required("name", STRING, "feature name (multilingual, ART-9)")));
        schemas.add(e(PsEntity.FEATURE_VALUE, true, true, FieldSchema.required("id_feature", INTEGER, "feature"),
                FieldSchema.required("value", STRING, "value (multilingual)"), f("custom", BOOLEAN, "custom value")));
        schemas.add(e(PsEntity.GROUP, true, true, FieldSchema.required("name", STRING, "group name (multilingual, GRP-1)"),
                f("reduction", DECIMAL, "group reduction in percent (PRC-5)"),
                FieldSchema.required("price_display_method", INTEGER, "0 tax incl., 1 tax excl.")));
        schemas.add(e(PsEntity.CUSTOMER, true, true, f("id", INTEGER, "customer id"),
                FieldSchema.required("email", STRING, "e-mail: adopts an existing customer (CIM-1)"),
                FieldSchema.required("firstname", STRING, "first name (CUS-1)"), FieldSchema.required("lastname", STRING, "last name"),
                f("company", STRING, "company (CUS-2)"), f("siret", STRING, "SIRET (CUS-2)"), f("ape", STRING, "NAF/APE code (CUS-2)"),
                f("active", BOOLEAN, "0 for dormant customers (CUS-7)"), f("note", STRING, "private note: the ERP customer code (B2B-1/2)"),
                f("id_default_group", INTEGER, "default group"), f("group_ids", LIST, "connector field: group ids (GRP-1)"),
                f("addresses", LIST, "connector field: the customer's addresses, each created or updated by its alias (CUS-3/4/6)"),
                f("addresses[].alias", STRING, "address name: the key of an address"), f("addresses[].firstname", STRING, "first name"),
                f("addresses[].lastname", STRING, "last name"), f("addresses[].company", STRING, "company"),
                f("addresses[].address1", STRING, "line 1"), f("addresses[].address2", STRING, "line 2"),
                f("addresses[].postcode", STRING, "postcode"), f("addresses[].city", STRING, "city"),
                f("addresses[].id_country", INTEGER, "country id"), f("addresses[].phone", STRING, "phone (CUS-3)"),
                f("date_upd", DATETIME, "last change")));
        schemas.add(e(PsEntity.PROSPECT, true, false, f("id", INTEGER, "customer id"), f("email", STRING, "e-mail"),
                f("firstname", STRING, "first name"), f("lastname", STRING, "last name"), f("company", STRING, "company"),
                f("date_add", DATETIME, "registration date (PRO-1: customers who never ordered)")));
        schemas.add(e(PsEntity.ADDRESS, true, true, f("id_customer", INTEGER, "customer"),
                f("customer_email", STRING, "connector field: the customer's e-mail"), FieldSchema.required("alias", STRING, "address name"),
                FieldSchema.required("id_country", INTEGER, "country id (8 = France in a default shop)"),
                FieldSchema.required("lastname", STRING, "last name"), FieldSchema.required("firstname", STRING, "first name"),
                f("company", STRING, "company"), FieldSchema.required("address1", STRING, "line 1"), f("address2", STRING, "line 2"),
                f("postcode", STRING, "postcode"), FieldSchema.required("city", STRING, "city"), f("phone", STRING, "phone"),
                f("vat_number", STRING, "VAT number")));
        List<FieldSchema> orderItems = new ArrayList<>(items("associations.order_rows", "id", INTEGER, "order detail id",
                "product_id", INTEGER, "product id", "product_attribute_id", INTEGER, "combination id, 0 for none",
                "product_reference", STRING, "reference: the ERP item code (ORD-3)", "product_name", STRING, "product name",
                "product_quantity", INTEGER, "quantity", "unit_price_tax_incl", DECIMAL, "unit price incl. tax",
                "unit_price_tax_excl", DECIMAL, "unit price excl. tax"));
        // issue 11: read with the order (one call per resource and page), not only its ids
        orderItems.addAll(List.of(f("address_invoice", OBJECT, "the invoice address (addresses resource): firstname, "
                        + "lastname, company, address1, address2, postcode, city, id_country, phone"),
                f("address_delivery", OBJECT, "the delivery address (addresses resource)"),
                f("customer", OBJECT, "the customer (customers resource, without its password): email, firstname, lastname ..."),
                f("payments", LIST, "the order's payments (order_payments by order reference)"),
                f("cart_rules", LIST, "the cart rules applied (order_cart_rules): coupons, discounts, free shipping")));
        orderItems.addAll(items("payments", "id", INTEGER, "payment id", "amount", DECIMAL, "amount",
                "payment_method", STRING, "payment method (PAY-1)", "transaction_id", STRING, "transaction",
                "date_add", DATETIME, "payment date (PAY-2)", "id_currency", INTEGER, "currency"));
        orderItems.addAll(items("cart_rules", "id", INTEGER, "line id", "id_cart_rule", INTEGER, "cart rule",
                "name", STRING, "coupon / rule name", "value", DECIMAL, "discount incl. tax", "value_tax_excl", DECIMAL,
                "discount excl. tax", "free_shipping", BOOLEAN, "free shipping"));
        orderItems.addAll(fr.passerelle.connector.ImportFields.order());
        schemas.add(e(PsEntity.ORDER, true, true, orderItems, f("id", INTEGER, "order id"), f("reference", STRING, "order reference"),
                f("id_customer", INTEGER, "customer"), f("id_address_delivery", INTEGER, "delivery address (ORD-7)"),
                f("id_address_invoice", INTEGER, "invoice address (ORD-6)"), f("id_carrier", INTEGER, "carrier (ORD-9)"),
                f("current_state", INTEGER, "order state; writing it adds an order history (PST-1)"),
                f("payment", STRING, "payment method (PAY-1)"), f("module", STRING, "payment module"),
                f("total_paid_tax_incl", DECIMAL, "total incl. tax"), f("total_paid_tax_excl", DECIMAL, "total excl. tax"),
                f("total_products", DECIMAL, "products excl. tax"), f("total_shipping_tax_excl", DECIMAL, "shipping excl. tax (ORD-10)"),
                f("total_discounts_tax_excl", DECIMAL, "discounts"), f("carrier_tax_rate", DECIMAL, "shipping tax rate"),
                f("associations.order_rows", LIST, "[{product_id, product_attribute_id, product_reference, product_quantity, unit_price_tax_excl}]"),
                f("date_add", DATETIME, "order date"), f("date_upd", DATETIME, "last change")));
        schemas.add(e(PsEntity.ORDER_HISTORY, true, true, FieldSchema.required("id_order", INTEGER, "order"),
                FieldSchema.required("id_order_state", INTEGER, "new state (PST-1)")));
        schemas.add(e(PsEntity.ORDER_CARRIER, true, true, FieldSchema.required("id_order", INTEGER, "order"),
                FieldSchema.required("tracking_number", STRING, "tracking number (PST-3)")));
        schemas.add(e(PsEntity.ORDER_MESSAGE, true, true, FieldSchema.required("id_order", INTEGER, "order"),
                FieldSchema.required("message", STRING, "message: the ERP document number or invoice link (PST-2/4)"),
                f("private", BOOLEAN, "0: the customer sees it")));
        schemas.add(e(PsEntity.PAYMENT, true, false, fr.passerelle.connector.ImportFields.payment(),
                f("order_reference", STRING, "order reference"), f("amount", DECIMAL, "amount"),
                f("payment_method", STRING, "method (PAY-1)"), f("transaction_id", STRING, "transaction"),
                f("date_add", DATETIME, "date (PAY-2)"), f("id_currency", INTEGER, "currency")));
        return schemas;
    }
}
