package fr.passerelle.account;

import fr.passerelle.platform.PasserelleProperties;
import fr.passerelle.store.Role;
import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * First start: creates the {@code admin} user, with {@code PASSERELLE_ADMIN_PASSWORD} or a
 * generated password printed once in the log (it is stored only as a bcrypt hash).
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountService accounts;
    private final PasserelleProperties properties;

    AdminBootstrap(AccountService accounts, PasserelleProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists("admin")) {
            return;
        }
        String password = properties.adminPassword();
        boolean generated = password.isBlank();
        if (generated) {
            password = generatePassword();
        }
        accounts.createUser("admin", password, Role.ADMIN, Set.of());
        if (generated) {
            LOG.warn("""

                    ================================================================
                    First start: created the user 'admin' with the password
                        {}
                    It is shown only this once. Set PASSERELLE_ADMIN_PASSWORD to choose it.
                    ================================================================""", password);
        } else {
            LOG.info("First start: created the user 'admin' with the password from PASSERELLE_ADMIN_PASSWORD");
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
