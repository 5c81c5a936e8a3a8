package fr.passerelle.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Locator;
import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.account.AccountService;
import fr.passerelle.account.MappingService;
import fr.passerelle.account.NotAllowedException;
import fr.passerelle.account.ProfileSetup;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.Role;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.store.TenantRepository;
import fr.passerelle.ui.po.LoginPage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 13 (MAP-3, MAP-7, point 8): a merchant edits a lookup table of their profile, cannot edit
 * an expression, and fails to open another client's profile or mapping by URL (a clear page); the
 * server refuses the same actions when called directly, below the UI.
 */
@StudioIntegrationTest
class MerchantAccessUiIT extends PlaywrightIT {

    @Autowired
    TenantRepository tenants;

    @Autowired
    AccountService accounts;

    @Autowired
    ProfileSetup setup;

    @Autowired
    MappingService mappingService;

    @Autowired
    MappingRepository mappings;

    private String run;
    private String merchant;
    private String password;
    private ShopProfile own;
    private ShopProfile other;

    @BeforeEach
    void aMerchantWithOneProfileAndAnotherClient() {
        run = UUID.randomUUID().toString().substring(0, 6);
        var tenant = tenants.create("Boulangerie Roux " + run);
        var otherTenant = tenants.create("Cave Morel " + run);
        merchant = "roux-" + run;
        password = "Pain-au-Levain-2026-" + run;
        accounts.createUser(merchant, password, Role.MERCHANT, Set.of(tenant.id()));
        own = setup.createUnchecked(newProfile(tenant.id(), "Roux WooCommerce " + run), List.of("prices", "products"), "test");
        other = setup.createUnchecked(newProfile(otherTenant.id(), "Morel WooCommerce " + run), List.of("products"), "test");
    }

    private static ProfileSetup.NewProfile newProfile(long tenant, String name) {
        return new ProfileSetup.NewProfile(tenant, name, "cegid-xrp-flex", "http://127.0.0.1:1/sandbox/erp",
                Map.of("user", "admin", "password", "Sandbox!2024"), "woocommerce", "http://127.0.0.1:1/sandbox/woocommerce",
                Map.of("consumerKey", "ck_sandbox", "consumerSecret", "cs_sandbox"), Map.of());
    }

    @Test
    @DisplayName("issue 13 MAP-3/MAP-7: a merchant edits a lookup table of their profile and cannot edit an expression")
    void aMerchantEditsALookupTableButNotAnExpression() {
        new LoginPage(page).open(url("/login")).signIn(merchant, password);
        assertThat(page.locator("#current-user")).hasText(merchant);
        page.navigate(url("/profiles/" + own.id() + "/flows/prices/mapping"));
        assertThat(page.locator("#mapping-heading")).containsText("Prix");
        assertThat(page.locator("#editor-read-only")).containsText("consultant");
        assertThat(page.locator("#mapping-editor .CodeMirror")).isVisible();
        boolean readOnly = (Boolean) page.evaluate(
                "() => document.querySelector('#mapping-editor').passerelleCm.getOption('readOnly')");
        assertThat(readOnly).as("the YAML editor is read-only for a merchant").isTrue();

        // the expression choice is switched off in the field form
        page.locator("#target-filter input").fill("regular_price");
        new StudioPages(page).clickCell("target-fields", "regular_price");
        Locator expression = page.locator("#field-how vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("Expression"));
        assertThat(expression).hasAttribute("disabled", "");

        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Tables")).click();
        Locator value = page.locator("#lookup-taxClass-value-1 input");
        value.fill("taux-reduit-" + run);
        page.locator("#lookup-save-taxClass").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("enregistrée");
        new StudioPages(page).shot("13-merchant-lookup");
        String saved = mappings.history(own.id(), "prices").getFirst().yaml();
        assertThat(saved).contains("taux-reduit-" + run).contains("lookups:");
        assertThat(mappings.history(own.id(), "prices").getFirst().createdBy()).isEqualTo(merchant);
    }

    @Test
    @DisplayName("issue 13 point 8/MAP-7: another client's profile or mapping by URL gives a clear page, a non-numeric id is 'not found'")
    void aMerchantCannotOpenAnotherClientsProfileOrMappingByUrl() {
        new LoginPage(page).open(url("/login")).signIn(merchant, password);
        assertThat(page.locator("#current-user")).hasText(merchant);
        page.navigate(url("/profiles/" + other.id() + "/flows"));
        assertThat(page.locator("#not-found h2")).hasText("Page introuvable");
        page.navigate(url("/profiles/" + other.id() + "/flows/products/mapping"));
        assertThat(page.locator("#not-found h2")).hasText("Page introuvable");
        assertThat(page.locator("#mapping-editor")).hasCount(0);
        new StudioPages(page).shot("13-not-found");
        page.navigate(url("/profiles/abc/flows"));
        assertThat(page.locator("#not-found")).containsText("n’existe pas");
        assertThat(page.content()).doesNotContain("Exception");
        // a page of another role: a clear page (Vaadin's access control may hide that it exists at all)
        page.navigate(url("/admin/clients"));
        assertThat(page.locator("#not-allowed h2, #not-found h2")).isVisible();
        page.navigate(url("/profiles/" + own.id() + "/settings"));
        assertThat(page.locator("#not-allowed h2, #not-found h2")).isVisible();
        assertThat(page.locator("#profile-save")).hasCount(0);
        new StudioPages(page).shot("13-not-allowed");
    }

    @Test
    @DisplayName("issue 13 MAP-7: below the UI, the server refuses a merchant's expression, another client's mapping and profile changes")
    void theServerRefusesTheMerchantsForbiddenActions() {
        var authentication = new UsernamePasswordAuthenticationToken(merchant, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_MERCHANT")));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            String published = mappings.published(own.id(), "prices").orElseThrow().yaml();
            assertThatThrownBy(() -> mappingService.saveDraft(own.id(), "prices",
                    published + "fields:\n  regular_price: \"round(price * 2, 2)\"\n"))
                    .isInstanceOf(NotAllowedException.class).hasMessageContaining("consultant");
            // a lookup table and a source-field pick are allowed
            var ok = mappingService.saveDraft(own.id(), "prices", published + "lookups:\n  taxClass:\n    TVA20: \"\"\n");
            assertThat(ok.createdBy()).isEqualTo(merchant);
            assertThatThrownBy(() -> mappingService.saveDraft(other.id(), "products", "extends: x\n"))
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> mappingService.history(other.id(), "products")).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> setup.update(own.id(), "renamed", "http://x", "http://y", Map.of(), Map.of(), Map.of()))
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> setup.switchFlow(own.id(), "prices", false)).isInstanceOf(NotAllowedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
