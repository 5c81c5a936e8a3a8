/**
 * A faithful Shopify Admin GraphQL simulator: access-token check, a real GraphQL parser (operations,
 * aliases, variables, arguments, inline fragments), answers shaped by the selection set, Relay
 * cursor paging, {@code userErrors}, and the cost-based leaky bucket reported in
 * {@code extensions.cost} with {@code THROTTLED} errors when it runs dry.
 */
@NullMarked
package fr.passerelle.sandbox.shop.shopify;

import org.jspecify.annotations.NullMarked;
