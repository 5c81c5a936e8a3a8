package fr.passerelle.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.account.AccountService;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.Role;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.store.TenantRepository;
import fr.passerelle.ui.po.LoginPage;
import fr.passerelle.ui.po.ProfilesPage;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signs in through a real browser and reads the Profiles grid (French by default). */
@StudioIntegrationTest
class ProfilesViewUiIT extends PlaywrightIT {

    @Autowired
    TenantRepository tenants;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    AccountService accounts;

    private String run;
    private String profileOfA;
    private String profileOfB;

    @BeforeEach
    void twoTenantsWithOneProfileEach() {
        run = UUID.randomUUID().toString().substring(0, 8);
        var a = tenants.create("Fromagerie Martin " + run);
        var b = tenants.create("Cave Leroy " + run);
        profileOfA = "WooCommerce Martin " + run;
        profileOfB = "PrestaShop Leroy " + run;
        profiles.create(ShopProfile.draft(a.id(), profileOfA, "cegid-xrp-flex", "woocommerce",
                "https://fromagerie-martin.fr", Map.of("key", "ck:cs")));
        profiles.create(ShopProfile.draft(b.id(), profileOfB, "cegid-xrp-flex", "prestashop",
                "https://cave-leroy.fr", Map.of("key", "ws-key")));
        accounts.createUser("marchand-" + run, "Quai-des-Brumes-" + run, Role.MERCHANT, Set.of(a.id()));
    }

    @Test
    void adminSignsInAndSeesEveryProfileInTheGridInFrench() {
        new LoginPage(page).open(url("/"))
                .signIn("admin", StudioIntegrationTest.ADMIN_PASSWORD);

        ProfilesPage profilesPage = new ProfilesPage(page);
        assertThat(profilesPage.heading()).hasText("Profils de boutique");
        // other test classes add many profiles: this test's two share the run's token
        profilesPage.filter(run);
        assertThat(profilesPage.cell(profileOfA)).isVisible();
        assertThat(profilesPage.cell(profileOfB)).isVisible();
        assertThat(profilesPage.grid()).containsText("Boutique");
        // the filter matches any word of a row: the client's name too
        profilesPage.filter("Cave Leroy " + run);
        assertThat(profilesPage.cell(profileOfB)).isVisible();
        assertThat(profilesPage.cell(profileOfA)).isHidden();
    }

    @Test
    void aMerchantSeesTheirOwnProfileButNotAnotherTenants() {
        new LoginPage(page).open(url("/login")).signIn("marchand-" + run, "Quai-des-Brumes-" + run);

        ProfilesPage profilesPage = new ProfilesPage(page);
        assertThat(profilesPage.cell(profileOfA)).isVisible();
        assertThat(profilesPage.grid()).not().containsText(profileOfB);
    }

    @Test
    void aWrongPasswordIsRefusedWithAFrenchMessage() {
        new LoginPage(page).open(url("/login")).signIn("admin", "not-the-password");

        assertThat(page.locator("#login-form")).containsText("Identifiant ou mot de passe incorrect");
    }

    @Test
    void theStudioSwitchesToEnglish() {
        new LoginPage(page).open(url("/")).signIn("admin", StudioIntegrationTest.ADMIN_PASSWORD);
        assertThat(new ProfilesPage(page).heading()).hasText("Profils de boutique");

        page.locator("#language-switch").click();
        page.locator("vaadin-select-item").getByText("English").click();

        assertThat(new ProfilesPage(page).heading()).hasText("Shop profiles");
    }
}
