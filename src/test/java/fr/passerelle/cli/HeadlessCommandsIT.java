package fr.passerelle.cli;

import static fr.passerelle.store.jooq.Tables.SHOP_PROFILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.SecretCipher;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.store.TenantRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The commands that need the database ({@code run}, {@code secrets rotate}), in process, on a
 * data folder of their own (its own embedded PostgreSQL and generated secret.key, as a user's
 * first start would make them): two clients with a profile of the same name.
 */
class HeadlessCommandsIT {

    private static final Path DATA = Path.of("target", "headless-it-" + UUID.randomUUID()).toAbsolutePath();
    private static final String NAME = "Boutique en ligne";
    private static long dupont;
    private static long martin;

    @BeforeAll
    static void twoClientsWithAProfileOfTheSameName() {
        System.setProperty("passerelle.data-dir", DATA.toString());
        try (var context = HeadlessStudio.start()) {
            TenantRepository tenants = context.getBean(TenantRepository.class);
            ProfileRepository profiles = context.getBean(ProfileRepository.class);
            dupont = profiles.create(ShopProfile.draft(tenants.create("Maison Dupont").id(), NAME, "cegid-xrp-flex",
                    "woocommerce", "http://127.0.0.1:1", Map.of("consumerKey", "ck_dupont", "consumerSecret", "cs_dupont"))
                    .withErp("http://127.0.0.1:1", Map.of("user", "api", "password", "erp-dupont"))).id();
            martin = profiles.create(ShopProfile.draft(tenants.create("Quincaillerie Martin").id(), NAME, "cegid-xrp-flex",
                    "shopify", "http://127.0.0.1:1", Map.of("accessToken", "shpat_martin"))).id();
        }
    }

    @AfterAll
    static void removeTheDataFolder() throws IOException {
        System.clearProperty("passerelle.data-dir");
        try (Stream<Path> walk = Files.walk(DATA)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void runWithAProfileNameTwoClientsUseExitsOneNamingTheClients() {
        CommandRun run = CommandRun.of("run", "--profile", NAME, "--flow", "products", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("error: the profile name '" + NAME + "' is used by 2 clients: ")
                .contains("'Maison Dupont' (id " + dupont + ")", "'Quincaillerie Martin' (id " + martin + ")",
                        "--tenant CLIENT", "--profile-id ID");
    }

    @Test
    void runWithAnotherClientsNameSaysWhoHasIt() {
        CommandRun run = CommandRun.of("run", "--profile", NAME, "--tenant", "Client inconnu", "--flow", "products");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo("error: no profile named '" + NAME + "' for client 'Client inconnu' (it exists for "
                        + "'Maison Dupont' (id " + dupont + "), 'Quincaillerie Martin' (id " + martin + "))");
    }

    @Test
    void aCopiedCiphertextDoesNotDecryptOnAnotherRowAndSecretsRotateKeepsEverythingReadable() throws IOException {
        Path keyFile = DATA.resolve("secret.key");
        String oldKey = Files.readString(keyFile).trim();

        CommandRun rotate = CommandRun.of("secrets", "rotate");

        assertThat(rotate.exitCode()).as(rotate.err()).isZero();
        String newKey = Files.readString(keyFile).trim();
        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(rotate.out()).contains("re-encrypted the credentials of 2 profiles: key "
                + SecretCipher.fromKeyText(oldKey).keyId() + " -> " + SecretCipher.fromKeyText(newKey).keyId());
        List<Path> retired;
        try (Stream<Path> files = Files.list(DATA)) {
            retired = files.filter(p -> p.getFileName().toString().matches("secret\\.key\\.\\d{8}T\\d{6}Z\\.old")).toList();
        }
        assertThat(retired).singleElement().satisfies(old -> {
            assertThat(Files.readString(old).trim()).isEqualTo(oldKey);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old))).isEqualTo("rw-------");
        });
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");

        try (var context = HeadlessStudio.start()) {
            ProfileRepository profiles = context.getBean(ProfileRepository.class);
            assertThat(profiles.findById(dupont)).get().satisfies(p -> {
                assertThat(p.credentials()).containsEntry("consumerKey", "ck_dupont").containsEntry("consumerSecret", "cs_dupont");
                assertThat(p.erpCredentials()).containsEntry("password", "erp-dupont");
            });
            assertThat(profiles.findById(martin)).get().satisfies(p ->
                    assertThat(p.credentials()).containsEntry("accessToken", "shpat_martin"));
            assertThat(SecretCipher.keyIdOf(profiles.storedCredentials(martin).orElseThrow()))
                    .isEqualTo(SecretCipher.fromKeyText(newKey).keyId());

            // an attacker with write access to the table copies Dupont's credentials onto Martin's row
            DSLContext db = context.getBean(DSLContext.class);
            String dupontsCiphertext = profiles.storedCredentials(dupont).orElseThrow();
            String martinsCiphertext = profiles.storedCredentials(martin).orElseThrow();
            db.update(SHOP_PROFILE).set(SHOP_PROFILE.CREDENTIALS_ENC, dupontsCiphertext)
                    .where(SHOP_PROFILE.ID.eq(martin)).execute();
            try {
                assertThatThrownBy(() -> profiles.findById(martin))
                        .hasMessageContaining("not encrypted for this row");
            } finally {
                db.update(SHOP_PROFILE).set(SHOP_PROFILE.CREDENTIALS_ENC, martinsCiphertext)
                        .where(SHOP_PROFILE.ID.eq(martin)).execute();
            }
        }
    }
}
