package fr.passerelle.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.account.AccountService;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.Role;
import fr.passerelle.store.TenantRepository;
import fr.passerelle.ui.po.FlowsPage;
import fr.passerelle.ui.po.LoginPage;
import fr.passerelle.ui.po.ProfilesPage;
import fr.passerelle.ui.po.SandboxPage;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo of the embedded default, as a new user lives it: sign in, open the WooCommerce demo
 * profile, run the products flow from its button, then see the products in the sandbox page.
 * The Spring context is shared: another test may have run the flow already, in which case this
 * run reports the products unchanged; either way the shop holds them afterwards.
 */
@StudioIntegrationTest
// after every test that expects the demo shop still empty (see junit-platform.properties)
@Order(Integer.MAX_VALUE)
class DemoFlowUiIT extends PlaywrightIT {

    private static final String PROFILE = "ERP sandbox -> WooCommerce sandbox";
    private static final LocatorAssertions.ContainsTextOptions A_WHOLE_RUN =
            new LocatorAssertions.ContainsTextOptions().setTimeout(180_000);

    @Autowired
    SandboxHost host;

    @Autowired
    TenantRepository tenants;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    AccountService accounts;

    private WooCommerceSandbox woo() {
        return (WooCommerceSandbox) host.apps().stream().filter(a -> a.id().equals("woocommerce")).findFirst()
                .orElseThrow();
    }

    @Test
    void adminRunsTheProductsFlowAndSeesTheProductsInTheWooCommerceSandbox() {
        new LoginPage(page).open(url("/")).signIn("admin", StudioIntegrationTest.ADMIN_PASSWORD);
        FlowsPage flows = new ProfilesPage(page).open(PROFILE);
        assertThat(flows.heading()).containsText(PROFILE);
        assertThat(flows.grid()).containsText("Produits");

        flows.runButton("products").click();
        // The button is off while its run lasts, but the ITs share the demo profile: when another UI
        // test of this JVM synced its shop first, this run has one record to look at and ends before
        // the browser can see the button off. So the test waits for the end of the run, whatever came first.

        assertThat(flows.summary()).containsText("Flux « Produits » terminé", A_WHOLE_RUN);
        assertThat(flows.summary()).containsText(Pattern.compile("\\d+ créés, \\d+ mis à jour, [\\d\u202f\u00a0]+ inchangés"));
        assertThat(flows.grid()).containsText("créés");
        assertThat(flows.runButton("products")).isEnabled();
        screenshot("runs-view");

        int products = woo().products().size();
        assertThat(products).as("products in the WooCommerce sandbox after the run").isGreaterThan(100);
        assertThat(woo().productBySku("VET00001")).as("an ERP item in the shop").isPresent();

        SandboxPage sandbox = new SandboxPage(page).openFromNavigation().shop("woocommerce");
        // French grouping: "2 400 produits"
        assertThat(sandbox.counts()).containsText("WooCommerce\u00a0: "
                + NumberFormat.getIntegerInstance(Locale.FRANCE).format(products) + " produits");
        assertThat(sandbox.counts()).containsText("ERP\u00a0:");
        sandbox.filter("VET00001");
        assertThat(sandbox.productCell("VET00001")).isVisible();
    }

    @Test
    void aMerchantOfAnotherTenantCannotOpenTheDemoProfilesRuns() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var tenant = tenants.create("Épicerie Durand " + run);
        accounts.createUser("durand-" + run, "Quai-des-Brumes-" + run, Role.MERCHANT, Set.of(tenant.id()));
        long demo = profiles.findByName(PROFILE).orElseThrow().id();

        new LoginPage(page).open(url("/login")).signIn("durand-" + run, "Quai-des-Brumes-" + run);
        assertThat(new ProfilesPage(page).heading()).hasText("Profils de boutique");
        page.navigate(url("/profiles/" + demo + "/flows"));

        // issue 13 point 8: a clear "not found" page, the profile not even said to exist
        assertThat(page.locator("#not-found h2")).hasText("Page introuvable");
        assertThat(page.locator("#run-products")).hasCount(0);
    }
}
