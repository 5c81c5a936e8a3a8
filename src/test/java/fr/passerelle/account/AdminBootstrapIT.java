package fr.passerelle.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.store.Role;
import fr.passerelle.store.UserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@StudioIntegrationTest
class AdminBootstrapIT {

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void firstStartCreatesAnAdminWhosePasswordIsStoredOnlyAsABcryptHash() {
        var admin = users.findByUsername("admin").orElseThrow();

        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.passwordHash()).startsWith("$2").doesNotContain(
                fr.passerelle.StudioIntegrationTest.ADMIN_PASSWORD);
        assertThat(encoder.matches(fr.passerelle.StudioIntegrationTest.ADMIN_PASSWORD, admin.passwordHash())).isTrue();
    }
}
