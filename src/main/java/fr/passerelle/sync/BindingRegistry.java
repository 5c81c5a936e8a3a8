package fr.passerelle.sync;

import fr.passerelle.engine.MatchRule;
import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.flow.Direction;
import fr.passerelle.flow.FlowCatalog;
import fr.passerelle.flow.FlowDefinition;
import fr.passerelle.store.BindingRepository;
import fr.passerelle.store.BindingRepository.Binding;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.ShopProfile;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The binding registry of a profile, as the studio shows it: per flow that creates shop records
 * (categories, products, customer groups, customers), its match rule and its bindings (ERP key <->
 * shop id), which a user may undo or make by hand. Stock and prices use the products' bindings.
 */
@Service
public class BindingRegistry {

    private final ProfileRepository profiles;
    private final BindingRepository bindings;
    private final FlowSync sync;

    BindingRegistry(ProfileRepository profiles, BindingRepository bindings, FlowSync sync) {
        this.profiles = profiles;
        this.bindings = bindings;
        this.sync = sync;
    }

    /** A flow whose records are bound: its match field (null if it has none) and the rule in force. */
    public record BoundFlow(FlowDefinition flow, @Nullable String matchField, MatchRule rule) {
    }

    /** The flows of the catalogue that own bindings, ERP -> shop, in run order. */
    public List<BoundFlow> flows(long profileId) {
        ShopProfile profile = profile(profileId);
        return FlowCatalog.all().stream()
                .filter(f -> f.direction() == Direction.ERP_TO_SHOP && f.ownerFlow() == null && f.matchField() != null)
                .map(f -> new BoundFlow(f, f.matchField(), MatchRules.of(profile.settings(), f.id())))
                .toList();
    }

    public void setRule(long profileId, String flowId, MatchRule rule) {
        FlowCatalog.find(flowId).orElseThrow(() -> new SyncException("unknown flow '" + flowId + "'"));
        profiles.putSetting(profile(profileId).id(), MatchRules.settingKey(flowId), MatchRules.setting(rule));
    }

    public List<Binding> list(long profileId, String flowId, @Nullable String search, int offset, int limit) {
        return bindings.list(profileId, sync.linkEntity(profileId, flowId), search, offset, limit);
    }

    public int count(long profileId, String flowId, @Nullable String search) {
        return bindings.count(profileId, sync.linkEntity(profileId, flowId), search);
    }

    public boolean unbind(long profileId, String flowId, String erpKey) {
        return bindings.unbind(profileId, sync.linkEntity(profileId, flowId), erpKey);
    }

    /** Binds by hand; throws {@link BindingRepository.BindingConflictException} if the shop id is taken. */
    public void bind(long profileId, String flowId, String erpKey, String shopId) {
        if (erpKey.isBlank() || shopId.isBlank()) {
            throw new SyncException("an ERP key and a shop id are both needed to bind");
        }
        bindings.bind(profileId, sync.linkEntity(profileId, flowId), erpKey.strip(), shopId.strip());
    }

    /**
     * Sends one record now, even unchanged (a targeted re-sync): after a binding made by hand or a
     * rule switched back to adopting, since an incremental run reads a record only once it changes.
     */
    public RunSummary resync(long profileId, String flowId, String erpKey) {
        return sync.run(profileId, flowId, RunOptions.resync(Set.of(erpKey)));
    }

    private ShopProfile profile(long profileId) {
        return profiles.findById(profileId).orElseThrow(() -> new SyncException("no profile with id " + profileId));
    }
}
