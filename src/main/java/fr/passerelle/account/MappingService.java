package fr.passerelle.account;

import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.MappingRepository.MappingVersion;
import fr.passerelle.store.ShopProfile;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Saving and publishing mapping versions (MAP-5) for the signed-in user, roles checked here
 * (MAP-7): a merchant without the profile's permission may only pick source fields and edit
 * lookup tables; {@link NotAllowedException} otherwise, whatever the client sent.
 */
@Service
public class MappingService {

    private final StudioAccess access;
    private final MappingRepository mappings;

    MappingService(StudioAccess access, MappingRepository mappings) {
        this.access = access;
        this.mappings = mappings;
    }

    public List<MappingVersion> history(long profileId, String flow) {
        access.requireVisible(profileId);
        return mappings.history(profileId, flow);
    }

    public java.util.Optional<MappingVersion> published(long profileId, String flow) {
        access.requireVisible(profileId);
        return mappings.published(profileId, flow);
    }

    public MappingVersion saveDraft(long profileId, String flow, String yaml) {
        ShopProfile profile = access.requireMappingEditor(profileId);
        checkMerchantEdit(profile, flow, yaml);
        return mappings.saveDraft(profileId, flow, yaml, access.current().username());
    }

    /** Publishes a version (a draft, or an older one again: the roll back); the engine runs it from now on. */
    public MappingVersion publish(long versionId) {
        MappingVersion version = mappings.byId(versionId).orElseThrow(() -> new NotAllowedException("no such version"));
        ShopProfile profile = access.requireMappingEditor(version.profileId());
        checkMerchantEdit(profile, version.flow(), version.yaml());
        return mappings.publish(versionId);
    }

    public boolean canEditExpressions(ShopProfile profile) {
        return access.canEditExpressions(profile);
    }

    private void checkMerchantEdit(ShopProfile profile, String flow, String yaml) {
        if (access.canEditExpressions(profile)) {
            return;
        }
        String before = mappings.published(profile.id(), flow).map(MappingVersion::yaml).orElse("");
        String forbidden;
        try {
            forbidden = MappingEdits.forbiddenForMerchant(before, yaml);
        } catch (RuntimeException e) {
            forbidden = "the document";
        }
        if (forbidden != null) {
            throw new NotAllowedException("only a consultant changes expressions and rules (" + forbidden + ")");
        }
    }
}
