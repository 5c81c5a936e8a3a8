package fr.passerelle.account;

import fr.passerelle.store.Role;
import fr.passerelle.store.UserAccount;
import fr.passerelle.store.UserRepository;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates users and changes passwords, with hashed passwords only (nothing stores a plain
 * one) and the {@link PasswordPolicy} applied wherever a password is set.
 */
@Service
public class AccountService {

    private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);

    /** The outcome of a change of password: done, or why not. */
    public sealed interface PasswordChange {
        record Changed() implements PasswordChange {
        }

        record WrongCurrentPassword() implements PasswordChange {
        }

        record Refused(List<PasswordPolicy.Problem> problems) implements PasswordChange {
        }
    }

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final InitialAdminPassword initialPassword;

    AccountService(UserRepository users, PasswordEncoder encoder, InitialAdminPassword initialPassword) {
        this.users = users;
        this.encoder = encoder;
        this.initialPassword = initialPassword;
    }

    /**
     * Creates a user.
     *
     * @throws PasswordPolicy.WeakPasswordException when the policy refuses the password
     */
    public UserAccount createUser(String username, String password, Role role, Set<Long> tenantIds) {
        if (role == Role.MERCHANT && tenantIds.size() != 1) {
            throw new IllegalArgumentException("a merchant belongs to exactly one tenant");
        }
        PasswordPolicy.require(username, password);
        return users.create(username, encoder.encode(password), role, tenantIds);
    }

    /** A user whose password was generated: the first sign-in must change it. */
    UserAccount createUserWithGeneratedPassword(String username, String password, Role role) {
        UserAccount created = createUser(username, password, role, Set.of());
        users.updatePassword(username, created.passwordHash(), true);
        return created;
    }

    /**
     * Changes a user's password after checking the current one. Once the generated first
     * password of {@code admin} is changed, its file in the data folder is deleted.
     */
    public PasswordChange changePassword(String username, String currentPassword, String newPassword) {
        UserAccount account = users.findByUsername(username).orElse(null);
        if (account == null || !encoder.matches(currentPassword, account.passwordHash())) {
            return new PasswordChange.WrongCurrentPassword();
        }
        List<PasswordPolicy.Problem> problems = new java.util.ArrayList<>(PasswordPolicy.check(username, newPassword));
        if (encoder.matches(newPassword, account.passwordHash())) {
            problems.add(PasswordPolicy.Problem.UNCHANGED);
        }
        if (!problems.isEmpty()) {
            return new PasswordChange.Refused(List.copyOf(problems));
        }
        users.updatePassword(username, encoder.encode(newPassword), false);
        LOG.info("User '{}' changed their password", SignInThrottle.printable(username));
        if (account.role() == Role.ADMIN) {
            initialPassword.deleteIfPresent();
        }
        return new PasswordChange.Changed();
    }

    public boolean mustChangePassword(String username) {
        return users.mustChangePassword(username);
    }

    public boolean exists(String username) {
        return users.exists(username);
    }
}
