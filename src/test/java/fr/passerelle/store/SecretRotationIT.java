package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.SHOP_PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.platform.EmbeddedPostgres;
import fr.passerelle.platform.PasserelleProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rotation interrupted after its commit (the new key still in secret.key.new) loses nothing:
 * the next start reads that key too, and the next rotation finishes the swap first. Runs inside
 * a transaction rolled back at the end, so the shared test database keeps its key.
 */
@StudioIntegrationTest
class SecretRotationIT {

    private static final String CONTEXT_KEY = "integration-tests-only-secret";

    @Autowired
    DSLContext db;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    TenantRepository tenants;

    @Autowired
    SecretCipher contextCipher;

    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path data;

    @Test
    void aRotationInterruptedAfterItsCommitIsFinishedByTheNextOne() throws Exception {
        var tenant = tenants.create("Rotation " + UUID.randomUUID());
        long id = profiles.create(ShopProfile.draft(tenant.id(), "Boutique", "cegid-xrp-flex", "shopify",
                "https://rotation.example.fr", Map.of("accessToken", "shpat_rotation"))).id();
        Files.writeString(data.resolve("secret.key"), CONTEXT_KEY);
        SecretKeyFile keyFile = new SecretKeyFile(data.resolve("secret.key"), false);
        PasserelleProperties properties = new PasserelleProperties(data,
                new PasserelleProperties.Database(false, EmbeddedPostgres.DEFAULT_SERVER_FOLDER), "", "");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                // the first rotation wrote secret.key.new and committed, then the machine stopped
                String interrupted = SecretCipher.newKeyText();
                keyFile.writePending(interrupted);
                new SecretRotation(db, contextCipher, keyFile).reencrypt(contextCipher, SecretCipher.fromKeyText(interrupted));

                // the next start reads with both keys
                SecretCipher restarted = new SecretKeyConfiguration().secretCipher(properties, keyFile);
                assertThat(read(restarted, id)).isEqualTo("{\"accessToken\":\"shpat_rotation\"}");

                SecretRotation.Result result = new SecretRotation(db, restarted, keyFile).rotate(true, null, Instant.now());

                SecretCipher now = SecretCipher.fromKeyText(Files.readString(data.resolve("secret.key")));
                assertThat(result.newKeyId()).isEqualTo(now.keyId());
                assertThat(read(now, id)).isEqualTo("{\"accessToken\":\"shpat_rotation\"}");
                assertThat(keyFile.pending()).doesNotExist();
                List<String> old;
                try (var files = Files.list(data)) {
                    old = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".old")).sorted().toList();
                }
                assertThat(old).hasSize(2); // the first key, then the interrupted rotation's
                for (var stored : db.select(SHOP_PROFILE.ID, SHOP_PROFILE.CREDENTIALS_ENC).from(SHOP_PROFILE).fetch()) {
                    assertThat(SecretCipher.keyIdOf(stored.value2())).as("profile " + stored.value1()).isEqualTo(now.keyId());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            status.setRollbackOnly();
        });

        // rolled back: the shared database is still under the test key
        assertThat(profiles.findById(id)).get().satisfies(p ->
                assertThat(p.credentials()).containsEntry("accessToken", "shpat_rotation"));
        assertThat(SecretCipher.keyIdOf(profiles.storedCredentials(id).orElseThrow())).isEqualTo(contextCipher.keyId());
    }

    private String read(SecretCipher cipher, long id) {
        String stored = db.select(SHOP_PROFILE.CREDENTIALS_ENC).from(SHOP_PROFILE).where(SHOP_PROFILE.ID.eq(id))
                .fetchOne(SHOP_PROFILE.CREDENTIALS_ENC);
        return cipher.decrypt(stored, SecretCipher.rowContext(id, ProfileRepository.SHOP_COLUMN));
    }
}
