package fr.passerelle.account;

import fr.passerelle.platform.PasserelleProperties;
import fr.passerelle.store.Role;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * First start: creates the {@code admin} user, with {@code PASSERELLE_ADMIN_PASSWORD} (checked by
 * the {@link PasswordPolicy}) or a generated password. A generated one never reaches the log: it
 * is written to {@code <data folder>/initial-admin-password} (owner only), the log says where,
 * and the first sign-in must change it, which deletes the file.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final String ADMIN = "admin";

    private final AccountService accounts;
    private final PasserelleProperties properties;
    private final InitialAdminPassword initialPassword;

    AdminBootstrap(AccountService accounts, PasserelleProperties properties, InitialAdminPassword initialPassword) {
        this.accounts = accounts;
        this.properties = properties;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(ADMIN)) {
            return;
        }
        String chosen = properties.adminPassword();
        if (!chosen.isBlank()) {
            try {
                accounts.createUser(ADMIN, chosen, Role.ADMIN, Set.of());
            } catch (PasswordPolicy.WeakPasswordException e) {
                throw new IllegalStateException("PASSERELLE_ADMIN_PASSWORD is refused: "
                        + e.problems().stream().map(PasswordPolicy::describe).toList()
                        + "; choose at least " + PasswordPolicy.MIN_LENGTH
                        + " characters, not containing the user name, not a common password", e);
            }
            LOG.info("First start: created the user 'admin' with the password from PASSERELLE_ADMIN_PASSWORD");
            return;
        }
        String password = generatePassword();
        while (!PasswordPolicy.check(ADMIN, password).isEmpty()) {
            password = generatePassword();
        }
        accounts.createUserWithGeneratedPassword(ADMIN, password, Role.ADMIN);
        Path file = initialPassword.write(password);
        LOG.warn("""

                ================================================================
                First start: created the user 'admin'. Its generated password is in
                    {}
                (readable by this account only). Sign in with it: the studio then asks
                for a new password and deletes that file. Set PASSERELLE_ADMIN_PASSWORD
                to choose the first password instead.
                ================================================================""", file);
    }

    static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
