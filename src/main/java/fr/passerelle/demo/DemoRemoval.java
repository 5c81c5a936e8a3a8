package fr.passerelle.demo;

import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.store.StudioSettings;
import fr.passerelle.store.TenantRepository;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * An administrator switches the demo off and removes its data: from then on the sandboxes answer
 * 404 (on every node, and after a restart: the choice is kept in the database), the demo client
 * "Démo" is deleted with its profiles, mappings, runs and bindings, and the sandboxes' data is
 * dropped from memory. Nothing brings the demo back on this database.
 */
@Service
public class DemoRemoval {

    static final String TENANT_ID = "demo.tenant-id";
    private static final Logger LOG = LoggerFactory.getLogger(DemoRemoval.class);

    /** What was removed: whether a demo client was found, and its name. */
    public record Removed(boolean tenantRemoved, String tenantName) {
    }

    private final DemoMode demo;
    private final TenantRepository tenants;
    private final StudioSettings settings;
    private final ObjectProvider<SandboxHost> sandboxes;

    DemoRemoval(DemoMode demo, TenantRepository tenants, StudioSettings settings,
            ObjectProvider<SandboxHost> sandboxes) {
        this.demo = demo;
        this.tenants = tenants;
        this.settings = settings;
        this.sandboxes = sandboxes;
    }

    public boolean demoActive() {
        return demo.active();
    }

    /** The sandboxes also answer other machines ({@code passerelle.demo.sandbox-remote-access}). */
    public boolean sandboxRemoteAccess() {
        return demo.sandboxRemoteAccess();
    }

    /** The demo client, if it still exists (by the id recorded when it was made, else by its name). */
    public Optional<TenantRepository.Tenant> demoTenant() {
        Optional<Long> recorded = settings.get(TENANT_ID).map(Long::parseLong);
        return tenants.findAll().stream()
                .filter(t -> recorded.map(id -> id == t.id()).orElse(t.name().equals(DemoProfiles.TENANT)))
                .findFirst();
    }

    public Removed switchOffAndRemove(String byWhom) {
        demo.switchOff(byWhom);
        Optional<TenantRepository.Tenant> tenant = demoTenant();
        tenant.ifPresent(t -> tenants.delete(t.id()));
        settings.remove(TENANT_ID);
        SandboxHost host = sandboxes.getIfAvailable();
        if (host != null) {
            host.unmountAll();
        }
        LOG.warn("Demo switched off by '{}': sandboxes closed{}", byWhom.replaceAll("\\p{Cntrl}", "?"),
                tenant.map(t -> ", demo client '" + t.name() + "' and its profiles deleted").orElse(""));
        return new Removed(tenant.isPresent(), tenant.map(TenantRepository.Tenant::name).orElse(DemoProfiles.TENANT));
    }
}
