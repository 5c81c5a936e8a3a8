package fr.passerelle.account;

import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.ShopProfile;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes shop profiles for a client (consultants of that client and administrators;
 * {@link StudioAccess} checks it on every call). A new profile starts from the default templates:
 * each flow switched on gets a published mapping {@code extends: <erp>/<shop>/<flow>}, so it runs at once.
 */
@Service
public class ProfileSetup {

    /** The profile setting that switches a flow off ({@code flow.<id>.enabled=false}); on when absent. */
    public static String flowSwitch(String flowId) {
        return "flow." + flowId + ".enabled";
    }

    public static boolean flowOn(ShopProfile profile, String flowId) {
        return !"false".equals(profile.settings().get(flowSwitch(flowId)));
    }

    /** The default template's reference, when the jar has one for this ERP, shop and flow. */
    public static java.util.Optional<String> template(String erp, String shop, String flow) {
        String reference = erp + "/" + shop + "/" + flow;
        return ProfileSetup.class.getClassLoader().getResource("templates/" + reference + ".yaml") == null
                ? java.util.Optional.empty() : java.util.Optional.of(reference);
    }

    /** What a new profile's mapping says: nothing but the template, overrides to come below. */
    public static String startingDocument(String reference) {
        return "# The default template as it is. Override fields, lookup entries or rules below.\n"
                + "extends: " + reference + "\n";
    }

    /** A profile to create, credentials in clear (encrypted by the repository). */
    public record NewProfile(long tenantId, String name, String erpType, String erpUrl, Map<String, String> erpCredentials,
            String shopType, String shopUrl, Map<String, String> shopCredentials, Map<String, String> settings) {
    }

    private final StudioAccess access;
    private final ProfileRepository profiles;
    private final MappingRepository mappings;

    ProfileSetup(StudioAccess access, ProfileRepository profiles, MappingRepository mappings) {
        this.access = access;
        this.profiles = profiles;
        this.mappings = mappings;
    }

    /** Creates the profile and publishes, for each flow switched on that has a template, the template as it is. */
    @Transactional
    public ShopProfile create(NewProfile wanted, Collection<String> flows) {
        access.requireTenantManager(wanted.tenantId());
        if (wanted.name().isBlank()) {
            throw new IllegalArgumentException("a profile needs a name");
        }
        if (profiles.findByTenant(wanted.tenantId()).stream().anyMatch(p -> p.name().equals(wanted.name().strip()))) {
            throw new IllegalArgumentException("this client already has a profile named '" + wanted.name().strip() + "'");
        }
        return createUnchecked(wanted, flows, access.current().username());
    }

    /** For the import of profiles as code (the command line acts for no signed-in user). */
    @Transactional
    public ShopProfile createUnchecked(NewProfile wanted, Collection<String> flows, String author) {
        ShopProfile created = profiles.create(ShopProfile.draft(wanted.tenantId(), wanted.name().strip(), wanted.erpType(),
                wanted.shopType(), wanted.shopUrl().strip(), wanted.shopCredentials())
                .withErp(wanted.erpUrl().strip(), wanted.erpCredentials()).withSettings(withSwitches(wanted.settings(), flows,
                        wanted.erpType(), wanted.shopType())));
        for (String flow : flows) {
            template(wanted.erpType(), wanted.shopType(), flow).ifPresent(reference -> {
                var draft = mappings.saveDraft(created.id(), flow, startingDocument(reference), author);
                mappings.publish(draft.id());
            });
        }
        return created;
    }

    /** Every flow with a template is switched on or off explicitly, so the profile says what it runs. */
    private static Map<String, String> withSwitches(Map<String, String> settings, Collection<String> on, String erp,
            String shop) {
        Map<String, String> all = new HashMap<>(settings);
        for (var flow : fr.passerelle.flow.FlowCatalog.all()) {
            if (template(erp, shop, flow.id()).isPresent()) {
                all.put(flowSwitch(flow.id()), Boolean.toString(on.contains(flow.id())));
            }
        }
        return all;
    }

    /** Name, addresses, settings; secrets only those given (an empty secret field keeps the stored one). */
    public ShopProfile update(long profileId, String name, String shopUrl, String erpUrl, Map<String, String> shopSecrets,
            Map<String, String> erpSecrets, Map<String, String> settings) {
        ShopProfile current = access.requireProfileManager(profileId);
        Map<String, String> kept = new HashMap<>(current.settings());
        kept.putAll(settings);
        return profiles.update(profileId, name.strip(), shopUrl.strip(), erpUrl.strip(), nonBlank(shopSecrets),
                nonBlank(erpSecrets), kept);
    }

    /** Switches a flow on or off; switching on a flow that has no mapping yet publishes its template. */
    @Transactional
    public void switchFlow(long profileId, String flowId, boolean on) {
        ShopProfile profile = access.requireProfileManager(profileId);
        profiles.putSetting(profileId, flowSwitch(flowId), Boolean.toString(on));
        if (on && mappings.published(profileId, flowId).isEmpty()) {
            template(profile.erpType(), profile.shopType(), flowId).ifPresent(reference -> mappings.publish(
                    mappings.saveDraft(profileId, flowId, startingDocument(reference), access.current().username()).id()));
        }
    }

    private static Map<String, String> nonBlank(Map<String, String> values) {
        Map<String, String> kept = new HashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                kept.put(k, v);
            }
        });
        return kept;
    }
}
