package fr.passerelle.ui;

import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.ShopProfile;
import java.util.Map;

/**
 * An empty WooCommerce shop of a UI test's own, under {@code /sandbox/<shopId>}, and a profile of
 * the demo tenant on it: the demo profiles stay as a new user finds them.
 */
record OwnWooShop(WooCommerceSandbox shop, ShopProfile profile) {

    /** The products flow's template limited to the 200 items of the PRESSE family. */
    static final String PRESS_PRODUCTS = "extends: cegid-xrp-flex/woocommerce/products\nerpFilter: \"ItemClass eq 'PRESSE'\"\n";

    static OwnWooShop mount(SandboxHost host, ProfileRepository profiles, String shopId, String profileName) {
        WooCommerceSandbox shop = new WooCommerceSandbox(shopId, WooCommerceSandbox.DEFAULT_KEY,
                WooCommerceSandbox.DEFAULT_SECRET);
        host.mount(shop);
        ShopProfile demo = profiles.findByName("ERP sandbox -> WooCommerce sandbox").orElseThrow();
        ShopProfile profile = profiles.create(ShopProfile.draft(demo.tenantId(), profileName, demo.erpType(), "woocommerce",
                demo.baseUrl().replaceAll("/woocommerce$", "/" + shopId), demo.credentials())
                .withErp(demo.erpBaseUrl(), demo.erpCredentials()).withSettings(Map.of()));
        return new OwnWooShop(shop, profile);
    }

    void publish(MappingRepository mappings, String flow, String yaml) {
        mappings.publish(mappings.saveDraft(profile.id(), flow, yaml, "test").id());
    }
}
