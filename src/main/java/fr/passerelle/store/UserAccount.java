package fr.passerelle.store;

import java.util.Set;

/**
 * A studio user as stored.
 *
 * @param tenantIds the tenants the user works for (empty for an administrator, who sees all)
 */
public record UserAccount(long id, String username, String passwordHash, Role role, String locale,
        boolean enabled, Set<Long> tenantIds) {

    public UserAccount {
        tenantIds = Set.copyOf(tenantIds);
    }

    public boolean seesAllTenants() {
        return role == Role.ADMIN;
    }
}
