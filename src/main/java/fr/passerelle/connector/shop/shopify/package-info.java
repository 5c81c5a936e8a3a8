/**
 * Shopify connector: Admin GraphQL API with an access token, {@code productSet} for products and
 * variants, {@code productVariantsBulkUpdate} for prices, {@code inventorySetQuantities} per location,
 * collections for categories, customers, orders read by cursor since a watermark, fulfillments
 * with tracking, bulk operations for large reads, and cost-based throttling: it paces itself on
 * {@code extensions.cost.throttleStatus} and retries THROTTLED answers after the documented wait.
 */
@NullMarked
package fr.passerelle.connector.shop.shopify;

import org.jspecify.annotations.NullMarked;
