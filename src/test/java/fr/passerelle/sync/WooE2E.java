package fr.passerelle.sync;

import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.erp.ErpSandbox;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.ShopProfile;
import java.util.Map;

/**
 * What the WooCommerce end-to-end tests share: the demo profile, the sandboxes, and a way to get
 * a profile of one's own on an empty shop of one's own (the Spring context and the demo shop are
 * shared by every integration test of the JVM, in any order).
 */
final class WooE2E {

    static final String DEMO_PROFILE = "ERP sandbox -> WooCommerce sandbox";

    final FlowSync sync;
    final ProfileRepository profiles;
    final MappingRepository mappings;
    final SandboxHost host;

    WooE2E(FlowSync sync, ProfileRepository profiles, MappingRepository mappings, SandboxHost host) {
        this.sync = sync;
        this.profiles = profiles;
        this.mappings = mappings;
        this.host = host;
    }

    ShopProfile demo() {
        return profiles.findByName(DEMO_PROFILE).orElseThrow();
    }

    WooCommerceSandbox woo() {
        return shop("woocommerce");
    }

    WooCommerceSandbox shop(String id) {
        return (WooCommerceSandbox) host.apps().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    ErpSandbox erp() {
        return (ErpSandbox) host.apps().stream().filter(a -> a.id().equals("erp")).findFirst().orElseThrow();
    }

    RunSummary run(long profileId, String flow) {
        RunSummary summary = sync.run(profileId, flow, RunOptions.normal());
        System.out.println(flow + " run: " + summary.describe());
        return summary;
    }

    long writes(String shopId) {
        return host.log(shopId).writes();
    }

    /**
     * A new, empty WooCommerce shop under {@code /sandbox/<shopId>} and a profile of the demo
     * tenant on it, with the given flows published as their template plus {@code extra} lines.
     */
    long ownShop(String shopId, String profileName, Map<String, String> settings, Map<String, String> flowsExtra) {
        return E2EShop.WOOCOMMERCE.ownShop(profiles, mappings, host, shopId, profileName, settings, flowsExtra);
    }
}
