package fr.passerelle.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.ui.po.BindingsPage;
import fr.passerelle.ui.po.LoginPage;
import fr.passerelle.ui.po.ProfilesPage;
import java.math.BigDecimal;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The binding registry in the studio (issue 6): a consultant sees how a flow adopts shop records,
 * binds an ERP item by hand to a shop product whose SKU differs, syncs it, is refused a second
 * binding to the same shop product, switches the rule to "report" and undoes the binding. On a
 * WooCommerce shop and profile of its own, so the demo profiles stay untouched.
 */
@StudioIntegrationTest
class BindingsViewUiIT extends PlaywrightIT {

    private static final String PROFILE = "ERP sandbox -> WooCommerce liaisons";

    @Autowired
    SandboxHost host;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    MappingRepository mappings;

    @Test
    void aConsultantBindsAProductByHandSyncsItAndUndoesTheBinding() {
        OwnWooShop own = OwnWooShop.mount(host, profiles, "woo-ui-bind", PROFILE);
        own.publish(mappings, "products", OwnWooShop.PRESS_PRODUCTS);
        WooCommerceSandbox shop = own.shop();
        ShopProfile profile = own.profile();
        long handMade = shop.createProduct("REVUE-MAIN-5", "Revue saisie à la main");

        new LoginPage(page).open(url("/")).signIn("admin", StudioIntegrationTest.ADMIN_PASSWORD);
        new ProfilesPage(page).open(PROFILE);
        BindingsPage bindings = BindingsPage.openFrom(page);

        assertThat(bindings.heading()).containsText(PROFILE);
        assertThat(bindings.flow()).containsText("Produits");
        assertThat(bindings.rule()).containsText("Adopter l’enregistrement de la boutique de même SKU");
        assertThat(bindings.count()).hasText("Aucune liaison");

        bindings.bind("PRE01005", Long.toString(handMade));
        assertThat(bindings.grid()).containsText("PRE01005");
        assertThat(bindings.grid()).containsText("Liée à la main, pas encore synchronisée");
        assertThat(bindings.count()).hasText("Une liaison");

        bindings.syncButton("PRE01005").click();
        assertThat(bindings.notification()).containsText("« PRE01005 » synchronisé");
        assertThat(bindings.grid()).containsText("Exécution n°");
        assertThat(shop.productBySku("PRE01005")).get().satisfies(p -> assertThat(new BigDecimal(Objects.toString(p.get("id"))))
                .isEqualByComparingTo(BigDecimal.valueOf(handMade)));
        assertThat(shop.products()).hasSize(1);

        bindings.bind("PRE01006", Long.toString(handMade));
        assertThat(bindings.notification()).containsText("déjà lié à « PRE01005 »");
        assertThat(bindings.cell("PRE01006")).isHidden();

        bindings.chooseRule("Signaler sans adopter");
        assertThat(bindings.ruleHelp()).containsText("Jamais de doublon");
        assertThat(profiles.findById(profile.id()).orElseThrow().settings()).containsEntry("match.products", "report");
        screenshot("bindings");

        bindings.unbindButton("PRE01005").click();
        assertThat(bindings.count()).hasText("Aucune liaison");
        assertThat(bindings.cell("PRE01005")).isHidden();
    }
}
