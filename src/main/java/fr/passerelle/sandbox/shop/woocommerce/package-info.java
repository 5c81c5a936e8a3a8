/**
 * A faithful WooCommerce ({@code wc/v3}) simulator: consumer key/secret check with WooCommerce's
 * error bodies, products, variations, categories, brands, customers, orders, notes, Shipment
 * Tracking, the Groups plug-in and WordPress media; {@code page}/{@code per_page} paging with
 * {@code X-WP-Total}, {@code X-WP-TotalPages} and {@code Link}; batch endpoints of at most 100
 * items with per-item errors.
 */
@NullMarked
package fr.passerelle.sandbox.shop.woocommerce;

import org.jspecify.annotations.NullMarked;
