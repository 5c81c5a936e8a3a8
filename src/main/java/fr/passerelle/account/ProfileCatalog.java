package fr.passerelle.account;

import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.store.UserAccount;
import fr.passerelle.store.UserRepository;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The shop profiles the signed-in user may see: a merchant only those of their own tenant, a
 * consultant those of the tenants they work for, an administrator all. The rule lives here, not
 * in the views, so every screen and command gets the same answer.
 */
@Service
public class ProfileCatalog {

    private final ProfileRepository profiles;
    private final UserRepository users;

    ProfileCatalog(ProfileRepository profiles, UserRepository users) {
        this.profiles = profiles;
        this.users = users;
    }

    public List<ShopProfile> visibleToCurrentUser() {
        return currentUser().map(profiles::findVisibleTo).orElse(List.of());
    }

    public List<ShopProfile> visibleTo(UserAccount user) {
        return profiles.findVisibleTo(user);
    }

    public java.util.Optional<UserAccount> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return java.util.Optional.empty();
        }
        return users.findByUsername(authentication.getName());
    }
}
