package fr.passerelle.connector.shop.shopify;

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
 * Entities and fields as Shopify's Admin GraphQL API names them (camelCase, money as text).
 * Metafields are addressed with the keyed selector {@code metafields[key=<key>].value}; their
 * namespace defaults to {@code custom}.
 */
final class ShopifySchemas {

    private ShopifySchemas() {
    }

    static List<EntitySchema> all() {
        return List.of(collection(), product(), variantLike(ShopifyEntity.VARIANT), variantLike(ShopifyEntity.PRICE), stock(),
                location(), customer(ShopifyEntity.CUSTOMER, true), customer(ShopifyEntity.PROSPECT, false), order(), payment(),
                fulfillment());
    }

    private static FieldSchema f(String name, FieldType type, String description) {
        return FieldSchema.of(name, type, description);
    }

    /** The item fields of a LIST field, {@code list[].field} (see {@link FieldSchema#listItems}). */
    private static List<FieldSchema> items(String list, Object... namesTypesDescriptions) {
        return FieldSchema.listItems(list, namesTypesDescriptions);
    }

    @SafeVarargs
    private static List<FieldSchema> concat(List<FieldSchema>... parts) {
        List<FieldSchema> all = new ArrayList<>();
        for (List<FieldSchema> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static List<FieldSchema> metafieldItems() {
        return items("metafields", "namespace", STRING, "namespace (custom by default)", "key", STRING, "key",
                "type", STRING, "type (single_line_text_field, number_decimal, json ...)", "value", STRING, "value, as text");
    }

    private static FieldSchema metafield(String key, String description) {
        return f("metafields[key=" + key + "].value", STRING, description + " (metafield custom." + key + ")");
    }

    private static EntitySchema collection() {
        return new EntitySchema(ShopifyEntity.COLLECTION.entity(), List.of(f("id", STRING, "collection GID (read-only)"),
                FieldSchema.required("path", STRING, "category path 'Level 1 > ... > Level 6'; each level is a collection"),
                f("title", STRING, "title (read)"), f("handle", STRING, "handle, built from the path"),
                f("descriptionHtml", STRING, "description")), true, true, false);
    }

    private static EntitySchema product() {
        return new EntitySchema(ShopifyEntity.PRODUCT.entity(), concat(List.of(f("id", STRING, "product GID (read-only)"),
                FieldSchema.required("title", STRING, "title (ART-6)"), f("descriptionHtml", STRING, "description (HTML)"),
                f("handle", STRING, "URL handle (ART-8)"), f("vendor", STRING, "vendor: the brand (ART-16)"),
                f("productType", STRING, "product type"), f("status", STRING, "ACTIVE | DRAFT | ARCHIVED (DRAFT deactivates, ART-5)"),
                f("tags", LIST, "tags"), f("seo.title", STRING, "SEO title (ART-8)"), f("seo.description", STRING, "SEO description"),
                f("sku", STRING, "simple product: the SKU of its single variant (ART-1)"),
                f("price", DECIMAL, "simple product: price"), f("compareAtPrice", DECIMAL, "simple product: compare-at price"),
                f("barcode", STRING, "simple product: EAN / UPC (ART-12)"),
                f("variants", LIST, "[{optionValues[{optionName, name}], sku, price, compareAtPrice, barcode, inventoryItem{cost, measurement{weight}}}] (ART-3)"),
                f("productOptions", LIST, "[{name, values[{name}]}], derived from the variants when absent"),
                f("files", LIST, "[{originalSource (URL), alt, contentType: IMAGE}] photos (ART-13/14)"),
                f("image_urls", LIST, "connector field: photo URLs, the first is the main photo (ART-13/14)"),
                f("collections", LIST, "collection GIDs"),
                f("collection_paths", LIST, "connector field: category paths, resolved (and created) to collections (CAT-1..3)"),
                f("metafields", LIST, "[{namespace, key, type, value}] custom fields (ART-7, ART-9)"),
                metafield("documents", "attached document URLs separated by '|' (ART-15)"),
                metafield("erp_item_code", "the ERP item code"),
                f("updatedAt", DATETIME, "last change (read-only)")),
                items("variants", "optionValues", LIST, "[{optionName, name}] the variant's value on each option",
                        "sku", STRING, "SKU (ART-3)", "price", DECIMAL, "price", "compareAtPrice", DECIMAL, "compare-at price",
                        "barcode", STRING, "EAN / UPC", "taxable", BOOLEAN, "charge taxes",
                        "inventoryPolicy", STRING, "DENY | CONTINUE", "inventoryItem", OBJECT, "{cost, measurement{weight}}"),
                items("variants[].optionValues", "optionName", STRING, "option name (Taille)", "name", STRING, "value (M)"),
                items("productOptions", "name", STRING, "option name", "values", LIST, "[{name}] values"),
                items("productOptions[].values", "name", STRING, "value"),
                items("files", "originalSource", STRING, "image URL", "alt", STRING, "alternative text",
                        "contentType", STRING, "IMAGE"),
                metafieldItems()), true, true, true);
    }

    private static EntitySchema variantLike(ShopifyEntity entity) {
        return new EntitySchema(entity.entity(), List.of(FieldSchema.required("sku", STRING, "SKU of the variant to update"),
                f("price", DECIMAL, "price (PRC-2/3)"), f("compareAtPrice", DECIMAL, "compare-at price"),
                f("taxable", BOOLEAN, "charge taxes"), f("taxCode", STRING, "tax code (Avalara, PRC-4)"),
                f("barcode", STRING, "EAN / UPC"), f("inventoryItem.cost", DECIMAL, "unit cost: the purchase price (PRC-1)"),
                f("inventoryPolicy", STRING, "DENY | CONTINUE (sell when out of stock)")), true, true, false);
    }

    private static EntitySchema stock() {
        List<FieldSchema> fields = new java.util.ArrayList<>(List.of(FieldSchema.required("sku", STRING, "SKU of the variant"),
                f("quantity", INTEGER, "available quantity (absolute, STK-3) at one location; or give locations"),
                f("location", STRING, "location name (STK-1); the first location when empty"),
                f("locationId", STRING, "location GID, instead of the name"),
                f("locations", LIST, "[{location | locationId, quantity}]: one quantity per location (STK-1, STK-2)"),
                f("status", STRING, "ACTIVE | DRAFT: the product deactivated by stock (STK-7, productUpdate)")));
        fields.addAll(FieldSchema.listItems("locations", "location", STRING, "location name", "locationId", STRING,
                "location GID", "quantity", INTEGER, "available quantity at that location"));
        return new EntitySchema(ShopifyEntity.STOCK.entity(), fields, true, true, false);
    }

    private static EntitySchema location() {
        return new EntitySchema(ShopifyEntity.LOCATION.entity(), List.of(f("id", STRING, "location GID"),
                f("name", STRING, "name"), f("isActive", BOOLEAN, "active")), true, false, false);
    }

    private static EntitySchema customer(ShopifyEntity entity, boolean writable) {
        return new EntitySchema(entity.entity(), concat(List.of(f("id", STRING, "customer GID (read-only)"),
                FieldSchema.required("email", STRING, "e-mail: adopts an existing customer (CIM-1)"),
                f("firstName", STRING, "first name (CUS-1)"), f("lastName", STRING, "last name"), f("phone", STRING, "phone, E.164 (CUS-3)"),
                f("note", STRING, "note"), f("tags", LIST, "tags: the customer groups (GRP-1 as tags)"),
                f("addresses", LIST, "[{address1, address2, city, zip, countryCode, company, firstName, lastName, phone}] (CUS-5/6)"),
                f("address.address1", STRING, "connector field: the one address, when addresses is not given"),
                f("address.address2", STRING, "address line 2"), f("address.city", STRING, "city"),
                f("address.zip", STRING, "postcode"), f("address.countryCode", STRING, "ISO country code"),
                f("address.company", STRING, "company (CUS-2)"), f("address.phone", STRING, "phone"),
                metafield("erp_customer_code", "ERP customer code (B2B-1/2)"), metafield("siret", "SIRET (CUS-2)"),
                metafield("naf", "NAF code (CUS-2)"), f("metafields", LIST, "custom fields (CUS-10)"),
                f("numberOfOrders", STRING, "orders placed (read-only; 0 for prospects)"),
                f("state", STRING, "account state (read-only)"), f("updatedAt", DATETIME, "last change")),
                items("addresses", "address1", STRING, "line 1", "address2", STRING, "line 2", "city", STRING, "city",
                        "zip", STRING, "postcode", "countryCode", STRING, "ISO country code", "company", STRING, "company",
                        "firstName", STRING, "first name", "lastName", STRING, "last name", "phone", STRING, "phone"),
                metafieldItems()), true, writable, true);
    }

    private static EntitySchema order() {
        List<FieldSchema> fields = new ArrayList<>(List.of(f("id", STRING, "order GID"), f("name", STRING, "order number (#1001)"),
                f("createdAt", DATETIME, "order date"), f("updatedAt", DATETIME, "last change"), f("email", STRING, "e-mail"),
                f("currencyCode", STRING, "shop currency"), f("presentmentCurrencyCode", STRING, "the customer's currency"),
                f("taxesIncluded", BOOLEAN, "prices include taxes"),
                f("displayFinancialStatus", STRING, "PAID, PENDING ..."), f("displayFulfillmentStatus", STRING, "FULFILLED ..."),
                f("customer", OBJECT, "{id, email}"), f("billingAddress", OBJECT, "billing address (ORD-6)"),
                f("shippingAddress", OBJECT, "shipping address (ORD-7)"),
                f("lineItems", LIST, "[{sku, name, quantity, originalUnitPriceSet, discountedUnitPriceSet, taxLines}]"),
                f("shippingLines", LIST, "[{title, code, originalPriceSet, taxLines}] (ORD-9/10)"),
                f("taxLines", LIST, "[{title, ratePercentage, priceSet}]"), f("discountCodes", LIST, "discount codes"),
                f("subtotalPriceSet", OBJECT, "subtotal"), f("totalShippingPriceSet", OBJECT, "shipping"),
                f("totalTaxSet", OBJECT, "tax"), f("totalDiscountsSet", OBJECT, "discounts"), f("totalPriceSet", OBJECT, "total"),
                f("transactions", LIST, "payments"), f("paymentGatewayNames", LIST, "payment methods (PAY-1)"),
                f("note", STRING, "note (writable)"), f("tags", LIST, "tags (writable)"),
                f("metafields", LIST, "[{namespace, key, value}] custom fields"),
                metafield("erp_document_number", "ERP document number written back (PST-2)"),
                metafield("invoice_url", "invoice PDF link (PST-4)"),
                f("closed", BOOLEAN, "write true to close the order (PST-1)"), f("markAsPaid", BOOLEAN, "write true to mark it paid")));
        fields.addAll(items("lineItems", "id", STRING, "line GID", "sku", STRING, "SKU (ORD-3)", "name", STRING, "product name",
                "quantity", INTEGER, "quantity", "variant", OBJECT, "{id} the variant",
                "originalUnitPriceSet", OBJECT, "unit price before discounts {shopMoney{amount, currencyCode}}",
                "discountedUnitPriceSet", OBJECT, "unit price after discounts", "taxLines", LIST, "[{title, ratePercentage, priceSet}]",
                "discountAllocations", LIST, "[{allocatedAmountSet}] the line's discounts (coupon share included)"));
        fields.addAll(items("lineItems[].discountAllocations", "allocatedAmountSet", OBJECT,
                "discount {shopMoney{amount}, presentmentMoney{amount}}"));
        fields.addAll(items("lineItems[].taxLines", "title", STRING, "tax name", "ratePercentage", DECIMAL, "rate in %",
                "priceSet", OBJECT, "tax amount {shopMoney{amount, currencyCode}}"));
        fields.addAll(items("shippingLines", "title", STRING, "shipping method (ORD-9)", "code", STRING, "method code",
                "originalPriceSet", OBJECT, "shipping price (ORD-10)", "discountedPriceSet", OBJECT,
                "shipping price after shipping discounts", "discountAllocations", LIST, "[{allocatedAmountSet}] shipping discounts",
                "taxLines", LIST, "[{title, ratePercentage, priceSet}]"));
        fields.addAll(items("shippingLines[].discountAllocations", "allocatedAmountSet", OBJECT, "shipping discount"));
        fields.addAll(items("shippingLines[].taxLines", "title", STRING, "tax name", "ratePercentage", DECIMAL, "rate in %",
                "priceSet", OBJECT, "tax amount"));
        fields.addAll(items("taxLines", "title", STRING, "tax name", "ratePercentage", DECIMAL, "rate in %",
                "priceSet", OBJECT, "tax amount"));
        fields.addAll(items("transactions", "id", STRING, "transaction GID", "kind", STRING, "SALE | AUTHORIZATION | CAPTURE | REFUND",
                "status", STRING, "SUCCESS ...", "gateway", STRING, "payment method (PAY-1)", "processedAt", DATETIME, "payment date (PAY-2)",
                "amountSet", OBJECT, "amount {shopMoney{amount, currencyCode}}"));
        fields.addAll(items("metafields", "namespace", STRING, "namespace", "key", STRING, "key", "value", STRING, "value"));
        fields.addAll(fr.passerelle.connector.ImportFields.order());
        return new EntitySchema(ShopifyEntity.ORDER.entity(), fields, true, true, true);
    }

    private static EntitySchema payment() {
        List<FieldSchema> fields = new ArrayList<>(fr.passerelle.connector.ImportFields.payment());
        fields.addAll(List.of(f("id", STRING, "transaction GID"),
                f("order_id", STRING, "order GID"), f("order_name", STRING, "order number"), f("kind", STRING, "SALE | CAPTURE ..."),
                f("gateway", STRING, "payment method (PAY-1)"), f("amount", DECIMAL, "amount"), f("currencyCode", STRING, "currency"),
                f("processedAt", DATETIME, "payment date (PAY-2)"), f("name", STRING, "order number (#1001)"),
                f("email", STRING, "order e-mail"), f("presentmentAmount", DECIMAL, "amount in the customer's currency"),
                f("presentmentCurrencyCode", STRING, "the customer's currency")));
        return new EntitySchema(ShopifyEntity.PAYMENT.entity(), fields, true, false, false);
    }

    private static EntitySchema fulfillment() {
        return new EntitySchema(ShopifyEntity.FULFILLMENT.entity(), List.of(FieldSchema.required("order_id", STRING, "order GID"),
                FieldSchema.required("tracking_number", STRING, "tracking number (PST-3)"),
                f("tracking_company", STRING, "carrier"), f("tracking_url", STRING, "tracking URL"),
                f("notify_customer", BOOLEAN, "e-mail the customer (default true)")), false, true, false);
    }
}
