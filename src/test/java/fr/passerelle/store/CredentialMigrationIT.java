package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.SHOP_PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** V007 binds the credentials that versions before it stored unbound (v1) to their rows. */
@StudioIntegrationTest
class CredentialMigrationIT {

    @Autowired
    ProfileRepository profiles;

    @Autowired
    TenantRepository tenants;

    @Autowired
    SecretCipher cipher;

    @Autowired
    DSLContext db;

    @Autowired
    DataSource dataSource;

    @Test
    void reEncryptsUnboundCredentialsForTheirRow() throws Exception {
        var tenant = tenants.create("Avant V007 " + UUID.randomUUID());
        ShopProfile saved = profiles.create(ShopProfile.draft(tenant.id(), "Ancienne boutique", "cegid-xrp-flex",
                "woocommerce", "https://ancienne.example.fr", Map.of("consumerKey", "ck_old")));
        // what a version before V007 stored: AES-GCM without associated data
        db.update(SHOP_PROFILE)
                .set(SHOP_PROFILE.CREDENTIALS_ENC, cipher.encryptUnbound(CredentialsText.write(Map.of("consumerKey", "ck_old"))))
                .set(SHOP_PROFILE.ERP_CREDENTIALS_ENC, cipher.encryptUnbound(CredentialsText.write(Map.of("user", "api"))))
                .where(SHOP_PROFILE.ID.eq(saved.id())).execute();

        try (Connection connection = dataSource.getConnection()) {
            new V007__Bind_credentials_to_profiles(cipher).migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        assertThat(profiles.storedCredentials(saved.id())).get().asString().startsWith("v2:" + cipher.keyId() + ":");
        assertThat(profiles.findById(saved.id())).get().satisfies(p -> {
            assertThat(p.credentials()).containsEntry("consumerKey", "ck_old");
            assertThat(p.erpCredentials()).containsEntry("user", "api");
        });
    }
}
