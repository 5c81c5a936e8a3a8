package fr.passerelle.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.store.TenantRepository;
import fr.passerelle.sync.FlowSync;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 13 (MAP-5, profiles as code): export a client's profiles, import them into a new client, run them. */
@StudioIntegrationTest
class ProfilesAsCodeIT {

    @Autowired
    ProfilesAsCode code;

    @Autowired
    ProfileSetup setup;

    @Autowired
    TenantRepository tenants;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    MappingRepository mappings;

    @Autowired
    FlowSync sync;

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    @DisplayName("issue 13 MAP-5: profile export writes profiles, switches, settings and documents without secrets; import into a new client runs them")
    void exportsAClientsProfilesImportsThemIntoANewClientAndRunsThem() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        var source = tenants.create("Test Lefèvre " + run);
        String base = "http://localhost:" + port + "/sandbox/";
        ShopProfile profile = setup.createUnchecked(new ProfileSetup.NewProfile(source.id(), "Woo " + run, "cegid-xrp-flex",
                base + "erp", Map.of("user", "admin", "password", "Sandbox!2024"), "woocommerce", base + "woocommerce",
                Map.of("consumerKey", "ck_sandbox", "consumerSecret", "cs_sandbox"), Map.of("stock.warehouses", "MAIN")),
                List.of("categories", "products"), "test");
        String changed = "extends: cegid-xrp-flex/woocommerce/products\nfields:\n  catalog_visibility: \"'visible'\"\n";
        mappings.publish(mappings.saveDraft(profile.id(), "products", changed, "test").id());

        var exported = code.export(source.name(), dir);

        assertThat(exported.profiles()).isEqualTo(1);
        assertThat(exported.documents()).isEqualTo(2);
        assertThat(exported.environment()).containsExactlyInAnyOrder("WOO_" + run.toUpperCase() + "_ERP_PASSWORD",
                "WOO_" + run.toUpperCase() + "_SHOP_CONSUMERKEY", "WOO_" + run.toUpperCase() + "_SHOP_CONSUMERSECRET");
        String all;
        try (Stream<Path> files = Files.walk(dir)) {
            all = files.filter(Files::isRegularFile).map(f -> {
                try {
                    return Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        }
        assertThat(all).doesNotContain("Sandbox!2024").doesNotContain("ck_sandbox").doesNotContain("cs_sandbox")
                .contains("catalog_visibility").contains("stock.warehouses").contains("flow.products.enabled");

        // a missing secret is named, nothing is created
        assertThatThrownBy(() -> code.importFrom(dir, "Prod Lefèvre " + run, name -> null, "test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("_SHOP_CONSUMERKEY");
        assertThat(tenants.findByName("Prod Lefèvre " + run)).isEmpty();

        Map<String, String> env = Map.of("WOO_" + run.toUpperCase() + "_ERP_PASSWORD", "Sandbox!2024",
                "WOO_" + run.toUpperCase() + "_SHOP_CONSUMERKEY", "ck_sandbox",
                "WOO_" + run.toUpperCase() + "_SHOP_CONSUMERSECRET", "cs_sandbox");
        var imported = code.importFrom(dir, "Prod Lefèvre " + run, env::get, "test");

        var target = tenants.findByName("Prod Lefèvre " + run).orElseThrow();
        ShopProfile copy = profiles.findByTenant(target.id()).getFirst();
        assertThat(imported.profiles()).containsExactly("Woo " + run);
        assertThat(copy.credentials()).isEqualTo(profile.credentials());
        assertThat(copy.settings()).containsEntry("stock.warehouses", "MAIN").containsEntry("flow.products.enabled", "true");
        assertThat(mappings.published(copy.id(), "products").orElseThrow().yaml()).isEqualTo(changed);

        RunSummary categories = sync.run(copy.id(), "categories", new RunOptions(false, (done, total) -> { }));
        RunSummary products = sync.run(copy.id(), "products", new RunOptions(false, (done, total) -> { }));
        assertThat(categories.status()).isNotEqualTo(RunSummary.Status.FAILED);
        assertThat(products.status()).isNotEqualTo(RunSummary.Status.FAILED);
        assertThat(products.created() + products.updated() + products.unchanged()).isGreaterThan(100);
    }
}
