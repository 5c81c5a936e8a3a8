package fr.passerelle.sync;

import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.erp.ErpSandbox;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the end-to-end tests that run one scenario on every shop share (each subclass is a
 * {@code @StudioIntegrationTest}): the studio's beans, the shared ERP sandbox, and a shop and
 * profile of the test's own, so that no other test class's runs or changes count in its request log.
 */
abstract class OwnShopE2E {

    @Autowired
    FlowSync sync;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    MappingRepository mappings;

    @Autowired
    SandboxHost host;

    ErpSandbox erp() {
        return (ErpSandbox) app(ErpSandbox.ID);
    }

    SandboxApp app(String id) {
        return host.apps().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    /** An empty shop {@code <type>-<suffix>} and a profile on it with these flows; returns the profile's id. */
    long ownShop(E2EShop kind, String suffix, Map<String, String> settings, Map<String, String> flowsExtra) {
        return kind.ownShop(profiles, mappings, host, shopId(kind, suffix), "ERP sandbox -> " + kind + " " + suffix,
                settings, flowsExtra);
    }

    static String shopId(E2EShop kind, String suffix) {
        return kind.type + "-" + suffix;
    }

    RunSummary run(long profile, String flow, E2EShop kind) {
        RunSummary summary = sync.run(profile, flow, RunOptions.normal());
        System.out.println(kind + " " + flow + ": " + summary.describe());
        return summary;
    }
}
