/**
 * WooCommerce connector: REST API {@code wc/v3} with consumer key and secret, batch endpoints of
 * at most 100 objects, {@code X-WP-Total}/{@code X-WP-TotalPages} paging, {@code meta_data}, variations,
 * and the plug-in fields the brochure names (Yoast SEO, Perfect Brands, Customer Specific Pricing,
 * Groups, Product Attachment), which live in {@code meta_data} or plug-in endpoints.
 */
@NullMarked
package fr.passerelle.connector.shop.woocommerce;

import org.jspecify.annotations.NullMarked;
