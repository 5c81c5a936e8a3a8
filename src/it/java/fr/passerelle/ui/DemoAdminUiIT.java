package fr.passerelle.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import fr.passerelle.account.AccountService;
import fr.passerelle.account.SignInThrottle;
import fr.passerelle.store.SignInThrottleRepository;
import fr.passerelle.security.StudioHttp;
import fr.passerelle.store.Role;
import fr.passerelle.store.TenantRepository;
import fr.passerelle.ui.po.FlowsPage;
import fr.passerelle.ui.po.LoginPage;
import fr.passerelle.ui.po.ProfilesPage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A demo studio of its own (its own throwaway cluster: this test removes the demo), driven by an
 * administrator (issue 17): the studio renders and pushes under the Content-Security-Policy; the
 * administrator sees a sign-in lock and lifts it; then switches the demo off and removes its data.
 */
@SpringBootTest(classes = fr.passerelle.StudioApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "passerelle.data-dir=target/test-data-demo-admin",
            "passerelle.database.throwaway=true",
            "passerelle.admin-password=" + DemoAdminUiIT.ADMIN_PASSWORD,
            "passerelle.secret-key=integration-tests-only-secret",
            "passerelle.drift.enabled=false"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoAdminUiIT extends PlaywrightIT {

    static final String ADMIN_PASSWORD = "Demo-Studio-UI-2026";
    private static final String PROFILE = "ERP sandbox -> WooCommerce sandbox";
    private static final LocatorAssertions.ContainsTextOptions A_RUN =
            new LocatorAssertions.ContainsTextOptions().setTimeout(120_000);

    @Autowired
    AccountService accounts;

    @Autowired
    TenantRepository tenants;

    @Autowired
    SignInThrottle throttle;

    /** Signs in through the form; once more if the form was not ready (its fields re-rendered under the fill). */
    private void signInAsAdmin() {
        for (int attempt = 1; ; attempt++) {
            new LoginPage(page).open(url("/")).signIn("admin", ADMIN_PASSWORD);
            try {
                page.locator("#current-user").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setTimeout(15_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Vaadin's grid keeps recycled cells: the visible one of the components with this id. */
    private com.microsoft.playwright.Locator visible(String selector) {
        return page.locator(selector).filter(new com.microsoft.playwright.Locator.FilterOptions().setVisible(true))
                .first();
    }

    private StudioHttp http() {
        return new StudioHttp("http://127.0.0.1:" + port);
    }

    @Test
    @Order(1)
    void theStudioRendersAndPushesUnderTheContentSecurityPolicy() {
        List<String> violations = new CopyOnWriteArrayList<>();
        List<String> sockets = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                violations.add(m.text());
            }
        });
        page.onWebSocket(ws -> sockets.add(ws.url()));
        page.addInitScript("window.__cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
                + "e.violatedDirective + ' ' + e.blockedURI));");

        signInAsAdmin();
        FlowsPage flows = new ProfilesPage(page).open(PROFILE);
        assertThat(flows.heading()).containsText(PROFILE);
        flows.dryRunButton("customer-groups").click();
        // the summary arrives through server push once the background run ends
        assertThat(flows.summary()).containsText("termin", A_RUN);
        screenshot("csp-dry-run");

        List<?> inPage = (List<?>) page.evaluate("() => window.__cspViolations");
        assertThat(violations).as("console reports of the CSP").isEmpty();
        assertThat(inPage).as("securitypolicyviolation events").isEmpty();
        assertThat(sockets).as("Vaadin push over a WebSocket to the studio").anyMatch(u -> u.contains("VAADIN/push")
                && u.startsWith("ws://"));
    }

    @Test
    @Order(2)
    void anAdministratorSeesALockedAccountAndLiftsIt() throws Exception {
        long run = System.nanoTime() % 1_000_000;
        String user = "verrou-" + run;
        String password = "Quai-des-Brumes-" + run;
        accounts.createUser(user, password, Role.CONSULTANT, Set.of());
        signInAsAdmin();

        StudioHttp attacker = http();
        for (int i = 0; i < 30; i++) {
            assertThat(StudioHttp.signedIn(attacker.signIn(user, "wrong-password-" + i))).isFalse();
        }
        HttpResponse<String> locked = attacker.signIn(user, password);
        assertThat(locked.headers().firstValue("Location")).get().asString().contains("locked=");

        page.navigate(url("/admin"));
        assertThat(page.locator("#admin-locks")).containsText(user);
        assertThat(page.locator("#admin-locks")).containsText("Verrouillé jusqu’au");
        assertThat(page.locator("#admin-locks")).containsText("127.0.0.1");
        screenshot("admin-locks");
        visible("#admin-lift-account-" + user.replaceAll("[^A-Za-z0-9_-]", "_")).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("peut de nouveau se connecter");
        // the attempts also slowed this address down: lift it as well
        visible("#admin-lift-address-127_0_0_1").click();
        assertThat(page.locator("#admin-locks")).not().containsText(user);

        StudioHttp owner = http();
        assertThat(StudioHttp.signedIn(owner.signIn(user, password))).as("the lifted account signs in").isTrue();
        assertThat(owner.reachesTheStudio()).isTrue();
    }

    @Test
    @Order(3)
    void anAdministratorSwitchesTheDemoOffAndRemovesItsData() throws Exception {
        assertThat(http().get("/sandbox/erp/entity/Default/24.200.001/StockItem").statusCode())
                .as("the ERP sandbox answers (401: no session) while the demo runs").isEqualTo(401);
        throttle.lift(SignInThrottleRepository.Kind.ADDRESS, "127.0.0.1", "test"); // whatever the test before left
        signInAsAdmin();
        page.locator("#nav-admin").click();
        assertThat(page.locator("#admin-demo-state")).containsText("La démo est active");

        page.locator("#admin-demo-remove").click();
        assertThat(page.getByText("Désactiver la démo ?")).isVisible();
        screenshot("admin-demo-confirm");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Désactiver et supprimer")).click();

        assertThat(page.locator("vaadin-notification-card").last()).containsText("Démo désactivée");
        assertThat(page.locator("#admin-demo-state")).containsText("La démo est désactivée");
        assertThat(page.locator("#admin-demo-remove")).hasCount(0);
        screenshot("admin-demo-removed");

        assertThat(tenants.findByName("Démo")).isEmpty();
        assertThat(http().get("/sandbox/erp/entity/Default/24.200.001/StockItem").statusCode()).isEqualTo(404);
        assertThat(http().get("/sandbox/woocommerce/wp-json/wc/v3/products").statusCode()).isEqualTo(404);

        page.navigate(url("/profiles"));
        assertThat(new ProfilesPage(page).grid()).isVisible();
        assertThat(new ProfilesPage(page).grid()).not().containsText("ERP sandbox");
        assertThat(page.locator("#nav-sandbox")).hasCount(0);
    }
}
