package fr.passerelle.account;

import fr.passerelle.store.Role;
import fr.passerelle.store.TenantRepository;
import fr.passerelle.store.TenantRepository.Tenant;
import fr.passerelle.store.UserAccount;
import fr.passerelle.store.UserRepository;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Clients (tenants) and users, administrators only: every method checks it. */
@Service
public class ClientAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(ClientAdministration.class);

    private final StudioAccess access;
    private final TenantRepository tenants;
    private final UserRepository users;
    private final AccountService accounts;
    private final PasswordEncoder encoder;

    ClientAdministration(StudioAccess access, TenantRepository tenants, UserRepository users, AccountService accounts,
            PasswordEncoder encoder) {
        this.access = access;
        this.tenants = tenants;
        this.users = users;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    public Tenant createTenant(String name) {
        access.requireAdmin();
        String clean = name.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a client needs a name");
        }
        if (tenants.findByName(clean).isPresent()) {
            throw new IllegalArgumentException("a client named '" + clean + "' exists already");
        }
        return tenants.create(clean);
    }

    public List<Tenant> tenants() {
        return tenants.findAll();
    }

    public List<UserAccount> users() {
        access.requireAdmin();
        return users.findAll();
    }

    /** A consultant serves any number of clients, a merchant exactly one; the first sign-in changes the password. */
    public UserAccount createUser(String username, String password, Role role, Set<Long> tenantIds) {
        access.requireAdmin();
        if (users.exists(username.strip())) {
            throw new IllegalArgumentException("the user '" + username.strip() + "' exists already");
        }
        UserAccount created = accounts.createUser(username.strip(), password, role, role == Role.ADMIN ? Set.of() : tenantIds);
        LOG.info("User '{}' ({}) created by '{}'", SignInThrottle.printable(created.username()), role,
                SignInThrottle.printable(access.current().username()));
        return created;
    }

    /** A new password set by an administrator: policy applied, to be changed at the next sign-in. */
    public void resetPassword(String username, String newPassword) {
        access.requireAdmin();
        PasswordPolicy.require(username, newPassword);
        if (!users.updatePassword(username, encoder.encode(newPassword), true)) {
            throw new IllegalArgumentException("no user '" + username + "'");
        }
        LOG.info("Password of '{}' reset by '{}'", SignInThrottle.printable(username),
                SignInThrottle.printable(access.current().username()));
    }
}
