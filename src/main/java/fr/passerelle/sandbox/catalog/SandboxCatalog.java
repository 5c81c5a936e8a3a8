package fr.passerelle.sandbox.catalog;

import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.erp.ErpSandbox;
import fr.passerelle.sandbox.shop.prestashop.PrestaShopSandbox;
import fr.passerelle.sandbox.shop.shopify.ShopifySandbox;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every sandbox, by mount id. Kept apart from the sandbox root package so the root (server,
 * faults, log) does not depend on the systems it serves.
 */
public final class SandboxCatalog {

    /**
     * One sandbox.
     *
     * @param id mount id, served under {@code /sandbox/<id>}
     * @param description what it simulates
     * @param factory makes a fresh app (each start gets its own demo data)
     */
    public record Entry(String id, String description, Supplier<SandboxApp> factory) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(ErpSandbox.ID, "Cegid XRP Flex (Acumatica contract-based REST API)", ErpSandbox::new),
            new Entry("woocommerce", "WooCommerce REST API wc/v3", WooCommerceSandbox::new),
            new Entry("prestashop", "PrestaShop Webservice (XML)", PrestaShopSandbox::new),
            new Entry("shopify", "Shopify Admin GraphQL API", ShopifySandbox::new));

    private SandboxCatalog() {
    }

    public static List<Entry> all() {
        return ENTRIES;
    }

    public static Optional<Entry> find(String id) {
        return ENTRIES.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
