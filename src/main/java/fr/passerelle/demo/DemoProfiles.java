package fr.passerelle.demo;

import java.util.List;
import java.util.Map;

/** The demo tenant's profiles: the ERP sandbox connected to each shop sandbox, with the sandboxes' credentials. */
final class DemoProfiles {

    static final String TENANT = "Démo";
    static final String ERP = "cegid-xrp-flex";
    static final Map<String, String> ERP_CREDENTIALS = Map.of("user", "admin", "password", "Sandbox!2024");

    record Shop(String id, String label, Map<String, String> credentials) {

        String profileName() {
            return "ERP sandbox -> " + label + " sandbox";
        }
    }

    static final List<Shop> SHOPS = List.of(
            new Shop("woocommerce", "WooCommerce", Map.of("consumerKey", "ck_sandbox", "consumerSecret", "cs_sandbox")),
            new Shop("prestashop", "PrestaShop", Map.of("key", "PSSANDBOXKEY0000000000000000000")),
            new Shop("shopify", "Shopify", Map.of("accessToken", "shpat_sandbox")));

    static final List<String> FLOWS = List.of("categories", "products", "variants", "stock", "prices", "customer-groups",
            "customers");

    private DemoProfiles() {
    }
}
