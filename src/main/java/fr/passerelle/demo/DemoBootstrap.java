package fr.passerelle.demo;

import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.store.StudioSettings;
import fr.passerelle.store.TenantRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * First start in demo mode (by default the embedded database): a demo tenant whose profiles connect the ERP sandbox to
 * each shop sandbox (served by this studio under /sandbox/...), each flow published from its
 * template, so a new user signs in, runs the products flow and sees the products in the shop.
 */
@Component
@Conditional(DemoConfigured.class)
class DemoBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(DemoBootstrap.class);

    private final TenantRepository tenants;
    private final ProfileRepository profiles;
    private final MappingRepository mappings;
    private final Environment environment;
    private final DemoMode demo;
    private final StudioSettings settings;

    DemoBootstrap(TenantRepository tenants, ProfileRepository profiles, MappingRepository mappings,
            Environment environment, DemoMode demo, StudioSettings settings) {
        this.tenants = tenants;
        this.profiles = profiles;
        this.mappings = mappings;
        this.environment = environment;
        this.demo = demo;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createDemoOnFirstStart() {
        // an administrator who switched the demo off removed its data: never bring it back
        if (!demo.active() || tenants.findByName(DemoProfiles.TENANT).isPresent()) {
            return;
        }
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080") + "/sandbox/";
        var tenant = tenants.create(DemoProfiles.TENANT);
        settings.put(DemoRemoval.TENANT_ID, Long.toString(tenant.id()));
        for (DemoProfiles.Shop shop : DemoProfiles.SHOPS) {
            ShopProfile profile = profiles.create(ShopProfile.draft(tenant.id(), shop.profileName(), DemoProfiles.ERP,
                    shop.id(), base + shop.id(), shop.credentials()).withErp(base + "erp", DemoProfiles.ERP_CREDENTIALS));
            for (String flow : DemoProfiles.FLOWS) {
                String template = DemoProfiles.ERP + "/" + shop.id() + "/" + flow;
                if (getClass().getClassLoader().getResource("templates/" + template + ".yaml") == null) {
                    continue;
                }
                var draft = mappings.saveDraft(profile.id(), flow, "# Demo mapping: the default template as it is.\n"
                        + "# Override fields, lookup entries or rules below; `check` shows the merged result.\n"
                        + "extends: " + template + "\n", "demo");
                mappings.publish(draft.id());
            }
        }
        LOG.info("Created the demo tenant '{}': the ERP sandbox connected to {} shop sandboxes under {}",
                DemoProfiles.TENANT, DemoProfiles.SHOPS.size(), base);
    }
}
