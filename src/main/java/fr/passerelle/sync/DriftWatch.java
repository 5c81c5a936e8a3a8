package fr.passerelle.sync;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the drift report compares, per flow: the shop fields that hand edits in a back office
 * break (stock figures, prices, the active flag), named as each shop's connector names them.
 * Other fields the plans send (descriptions, meta data, tax classes) are left out: shops rewrite
 * them (HTML, slugs) and reporting those would bury the differences that cost money.
 *
 * @param kind STOCK, PRICE or ACTIVE, as stored with each difference
 */
public record DriftWatch(String flow, String kind, Map<String, Set<String>> fieldsByShop) {

    /** The drift-capable flows, in the order a report lists them. */
    public static final List<DriftWatch> ALL = List.of(
            new DriftWatch("products", "ACTIVE", Map.of(
                    "woocommerce", Set.of("status"),
                    "prestashop", Set.of("active"),
                    "shopify", Set.of("status"))),
            new DriftWatch("stock", "STOCK", Map.of(
                    "woocommerce", Set.of("stock_quantity"),
                    "prestashop", Set.of("quantity"),
                    "shopify", Set.of("quantity"))),
            new DriftWatch("prices", "PRICE", Map.of(
                    "woocommerce", Set.of("regular_price"),
                    "prestashop", Set.of("price"),
                    "shopify", Set.of("price"))));

    public static Optional<DriftWatch> of(String flow) {
        return ALL.stream().filter(w -> w.flow().equals(flow)).findFirst();
    }

    /** The fields compared on this shop; empty when this shop type has no drift report for the flow. */
    public Set<String> fields(String shopType) {
        return fieldsByShop.getOrDefault(shopType, Set.of());
    }
}
