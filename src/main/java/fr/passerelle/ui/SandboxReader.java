package fr.passerelle.ui;

import fr.passerelle.demo.DemoMode;
import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.erp.ErpSandbox;
import fr.passerelle.sandbox.shop.prestashop.PrestaShopSandbox;
import fr.passerelle.sandbox.shop.shopify.ShopifySandbox;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Reads the sandboxes this studio serves (embedded default only: elsewhere there is no
 * {@link SandboxHost} and the page says so) through their public accessors, never over HTTP:
 * the page must not show up in the request logs the tests count writes with.
 */
@Service
class SandboxReader {

    /** The shops in the order of the demo profiles. */
    static final List<String> SHOPS = List.of("woocommerce", "prestashop", "shopify");

    private final ObjectProvider<SandboxHost> host;
    private final DemoMode demo;

    SandboxReader(ObjectProvider<SandboxHost> host, DemoMode demo) {
        this.host = host;
        this.demo = demo;
    }

    /** The demo runs and this studio mounts sandboxes (not after an administrator switched the demo off). */
    boolean available() {
        return host.getIfAvailable() != null && demo.active();
    }

    /** The shop sandboxes that are mounted, in {@link #SHOPS} order. */
    List<String> shops() {
        return SHOPS.stream().filter(id -> app(id).isPresent()).toList();
    }

    Optional<SandboxSnapshot> snapshot(String shopId) {
        return app(shopId).flatMap(app -> switch (app) {
            case WooCommerceSandbox woo -> Optional.of(ShopViews.of(woo));
            case PrestaShopSandbox presta -> Optional.of(ShopViews.of(presta));
            case ShopifySandbox shopify -> Optional.of(ShopViews.of(shopify));
            default -> Optional.empty();
        });
    }

    /** How many stock items the ERP sandbox holds (what a products flow reads from). */
    OptionalInt erpItems() {
        return app(ErpSandbox.ID).filter(ErpSandbox.class::isInstance)
                .map(app -> OptionalInt.of(((ErpSandbox) app).count("StockItem"))).orElse(OptionalInt.empty());
    }

    private Optional<SandboxApp> app(String id) {
        SandboxHost mounted = host.getIfAvailable();
        return mounted == null || !demo.active() ? Optional.empty()
                : Stream.ofNullable(mounted).flatMap(h -> h.apps().stream()).filter(a -> a.id().equals(id)).findFirst();
    }
}
