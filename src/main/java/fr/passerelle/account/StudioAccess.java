package fr.passerelle.account;

import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.Role;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.store.UserAccount;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Who may do what (MAP-7), checked by the server on every action:
 * <ul>
 * <li>an administrator manages clients and users, and sees everything;</li>
 * <li>a consultant edits everything of the clients they serve (profiles, mappings, expressions);</li>
 * <li>a merchant sees only their client, edits field mappings and lookup tables of its profiles, and
 *     writes expressions or rules only where a consultant allowed it on that profile
 *     ({@value #MERCHANT_EXPRESSIONS} = true in its settings).</li>
 * </ul>
 */
@Service
public class StudioAccess {

    /** The profile setting by which a consultant lets its merchant write expressions and rules. */
    public static final String MERCHANT_EXPRESSIONS = "studio.merchantExpressions";

    private final ProfileCatalog catalog;
    private final ProfileRepository profiles;

    StudioAccess(ProfileCatalog catalog, ProfileRepository profiles) {
        this.catalog = catalog;
        this.profiles = profiles;
    }

    public UserAccount current() {
        return catalog.currentUser().orElseThrow(() -> new NotAllowedException("not signed in"));
    }

    public boolean isAdmin() {
        return catalog.currentUser().map(u -> u.role() == Role.ADMIN).orElse(false);
    }

    public void requireAdmin() {
        if (current().role() != Role.ADMIN) {
            throw new NotAllowedException("only an administrator manages clients and users");
        }
    }

    /** May the user set up profiles of this client: an administrator, or a consultant serving it. */
    public boolean canManageTenant(long tenantId) {
        UserAccount user = catalog.currentUser().orElse(null);
        return user != null && (user.role() == Role.ADMIN
                || user.role() == Role.CONSULTANT && user.tenantIds().contains(tenantId));
    }

    public void requireTenantManager(long tenantId) {
        if (!canManageTenant(tenantId)) {
            throw new NotAllowedException("you do not serve this client");
        }
    }

    /** The profile, if the user may see it; empty for an unknown id and for another client's profile alike. */
    public Optional<ShopProfile> visibleProfile(long profileId) {
        UserAccount user = catalog.currentUser().orElse(null);
        if (user == null) {
            return Optional.empty();
        }
        return profiles.findById(profileId).filter(p -> user.seesAllTenants() || user.tenantIds().contains(p.tenantId()));
    }

    /** The profile the user may see, or {@link NotAllowedException}. */
    public ShopProfile requireVisible(long profileId) {
        return visibleProfile(profileId).orElseThrow(() -> new NotAllowedException("no such profile for you"));
    }

    /** Field mappings and lookup tables: anyone who sees the profile. */
    public ShopProfile requireMappingEditor(long profileId) {
        return requireVisible(profileId);
    }

    /** Expressions, rules, the profile's connection: consultants and admins; merchants only if allowed there. */
    public boolean canEditExpressions(ShopProfile profile) {
        UserAccount user = catalog.currentUser().orElse(null);
        if (user == null) {
            return false;
        }
        if (user.role() != Role.MERCHANT) {
            return canManageTenant(profile.tenantId());
        }
        return user.tenantIds().contains(profile.tenantId())
                && "true".equals(profile.settings().get(MERCHANT_EXPRESSIONS));
    }

    public ShopProfile requireExpressionEditor(long profileId) {
        ShopProfile profile = requireVisible(profileId);
        if (!canEditExpressions(profile)) {
            throw new NotAllowedException("expressions and rules of this profile are edited by its consultant");
        }
        return profile;
    }

    /** Connection, credentials, flows switched on and off: whoever manages the client. */
    public ShopProfile requireProfileManager(long profileId) {
        ShopProfile profile = requireVisible(profileId);
        requireTenantManager(profile.tenantId());
        return profile;
    }

    /** The sandbox page shows the demo shops: administrators, and users of the demo client. */
    public boolean canSeeSandbox(java.util.Set<Long> demoTenants) {
        UserAccount user = catalog.currentUser().orElse(null);
        return user != null && (user.role() == Role.ADMIN || user.tenantIds().stream().anyMatch(demoTenants::contains));
    }
}
