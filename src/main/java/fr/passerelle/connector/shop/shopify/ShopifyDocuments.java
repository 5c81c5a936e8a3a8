package fr.passerelle.connector.shop.shopify;

/**
 * The GraphQL documents the connector sends. Nested connections ask for few nodes: the cost of a
 * page is the page size times the cost of one node, and Shopify refuses a query above 1000 points.
 */
final class ShopifyDocuments {

    private ShopifyDocuments() {
    }

    static final String MONEY = "{ shopMoney { amount currencyCode } }";
    static final String ADDRESS = "{ firstName lastName company address1 address2 city province provinceCode zip country countryCodeV2 phone }";

    static final String PRODUCT_FIELDS = "id title handle descriptionHtml vendor productType status tags updatedAt"
            + " seo { title description } metafields(first: 20) { nodes { namespace key type value } }"
            + " collections(first: 10) { nodes { id handle title } }"
            + " variants(first: 50) { nodes { id sku barcode price compareAtPrice taxable inventoryQuantity"
            + " selectedOptions { name value } inventoryItem { id } } }";

    /**
     * Order amounts in both currencies: the shop's and the customer's (presentment), so an order
     * paid in CHF on a EUR shop can be imported in either.
     */
    static final String MONEY2 = "{ shopMoney { amount currencyCode } presentmentMoney { amount currencyCode } }";

    /** One line: its discount allocations (line discounts and the coupon's share) as well as its prices. */
    static final String LINE_FIELDS = "id sku name quantity variant { id }"
            + " originalUnitPriceSet " + MONEY2 + " discountedUnitPriceSet " + MONEY2
            + " discountAllocations { allocatedAmountSet " + MONEY2 + " }"
            + " taxLines { title ratePercentage priceSet " + MONEY2 + " }";

    /** Lines per page of an order; an order with more is paged with {@link #ORDER_LINES}. */
    static final int LINES_PER_PAGE = 50;

    static final String ORDER_FIELDS = "id name createdAt updatedAt processedAt email phone currencyCode"
            + " presentmentCurrencyCode taxesIncluded closed"
            + " displayFinancialStatus displayFulfillmentStatus note tags paymentGatewayNames discountCodes"
            + " customer { id email } billingAddress " + ADDRESS + " shippingAddress " + ADDRESS
            + " lineItems(first: " + LINES_PER_PAGE + ") { nodes { " + LINE_FIELDS + " } pageInfo { hasNextPage endCursor } }"
            + " shippingLines(first: 5) { nodes { title code originalPriceSet " + MONEY2 + " discountedPriceSet " + MONEY2
            + " discountAllocations { allocatedAmountSet " + MONEY2 + " }"
            + " taxLines { title ratePercentage priceSet " + MONEY2 + " } } }"
            + " taxLines { title ratePercentage priceSet " + MONEY2 + " }"
            + " subtotalPriceSet " + MONEY2 + " totalShippingPriceSet " + MONEY2 + " totalTaxSet " + MONEY2
            + " totalDiscountsSet " + MONEY2 + " totalPriceSet " + MONEY2
            + " transactions(first: 5) { id kind status gateway processedAt amountSet " + MONEY2 + " }"
            + " metafields(first: 10) { nodes { namespace key value } }";

    /** The next lines of one order (orders with more than {@link #LINES_PER_PAGE} lines). */
    static final String ORDER_LINES = "query OrderLines($id: ID!, $after: String) { order(id: $id) { id lineItems(first: "
            + LINES_PER_PAGE + ", after: $after) { nodes { " + LINE_FIELDS + " } pageInfo { hasNextPage endCursor } } } }";

    static final String CUSTOMER_FIELDS = "id email firstName lastName phone note tags state numberOfOrders updatedAt"
            + " defaultAddress " + ADDRESS + " addresses(first: 5) " + ADDRESS
            + " metafields(first: 10) { nodes { namespace key value } }";

    static final String COLLECTION_FIELDS = "id title handle descriptionHtml updatedAt metafields(first: 5) { nodes { namespace key value } }";

    static String list(String root, String fields, boolean sortByUpdate) {
        return "query Read($first: Int!, $after: String, $query: String) { " + root
                + "(first: $first, after: $after, query: $query" + (sortByUpdate ? ", sortKey: UPDATED_AT" : "")
                + ") { nodes { " + fields + " } pageInfo { hasNextPage endCursor } } }";
    }

    static final String LOCATIONS = "query Locations { locations(first: 50) { nodes { id name isActive } } }";

    static final String VARIANTS_BY_SKU = "query VariantsBySku($first: Int!, $query: String!) { productVariants(first: $first, query: $query) {"
            + " nodes { id sku product { id } inventoryItem { id } } } }";

    /**
     * Stock lookup: each variant's inventory item and its "available" quantity at one location,
     * the compare value of a compare-and-set write. No product: 50 SKUs cost 152 points.
     */
    static final String STOCK_BY_SKU = "query StockBySku($first: Int!, $query: String!, $location: ID!) {"
            + " productVariants(first: $first, query: $query) { nodes { sku inventoryItem { id"
            + " inventoryLevel(locationId: $location) { quantities(names: [\"available\"]) { name quantity } } } } } }";

    static final String PRODUCT_SET_RESULT = "{ product { id variants(first: 100) { nodes { id sku } } } userErrors { field message code } }";

    static final String CUSTOMERS_BY_EMAIL = "query CustomerByEmail($query: String!) { customers(first: 5, query: $query) { nodes { id email } } }";

    static final String COLLECTION_BY_HANDLE = "query CollectionByHandle($query: String!) { collections(first: 1, query: $query) { nodes { id handle } } }";

    static final String COLLECTION_CREATE = "mutation CollectionCreate($input: CollectionInput!) { collectionCreate(input: $input) {"
            + " collection { id handle } userErrors { field message } } }";

    static final String INVENTORY_SET = "mutation InventorySet($input: InventorySetQuantitiesInput!) { inventorySetQuantities(input: $input) {"
            + " inventoryAdjustmentGroup { id } userErrors { field message code } } }";

    static final String INVENTORY_SET_IDEMPOTENT = "mutation InventorySet($input: InventorySetQuantitiesInput!, $key: String!) {"
            + " inventorySetQuantities(input: $input) @idempotent(key: $key) {"
            + " inventoryAdjustmentGroup { id } userErrors { field message code } } }";

    static final String FULFILLMENT_ORDERS = "query FulfillmentOrders($id: ID!) { order(id: $id) { id"
            + " fulfillmentOrders(first: 10) { nodes { id status } } } }";

    static final String FULFILLMENT_CREATE = "mutation FulfillmentCreate($fulfillment: FulfillmentInput!) {"
            + " fulfillmentCreate(fulfillment: $fulfillment) { fulfillment { id status trackingInfo { company number url } }"
            + " userErrors { field message } } }";

    static final String BULK_RUN = "mutation BulkRun($query: String!) { bulkOperationRunQuery(query: $query) {"
            + " bulkOperation { id status } userErrors { field message code } } }";

    static final String BULK_POLL = "query BulkPoll { currentBulkOperation { id status errorCode objectCount url partialDataUrl } }";
}
