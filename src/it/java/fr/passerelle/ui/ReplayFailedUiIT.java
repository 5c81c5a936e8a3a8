package fr.passerelle.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.ui.po.FlowsPage;
import fr.passerelle.ui.po.LoginPage;
import fr.passerelle.ui.po.ProfilesPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Failed records replayed alone (issue 6): a consultant's rule makes the shop refuse one item; the
 * runs view offers to replay that failure; once the rule is fixed, the replay sends that record
 * only. An incremental run would not: the item did not change in the ERP. Own shop and profile.
 */
@StudioIntegrationTest
class ReplayFailedUiIT extends PlaywrightIT {

    private static final String PROFILE = "ERP sandbox -> WooCommerce rejeu";
    private static final LocatorAssertions.ContainsTextOptions A_WHOLE_RUN =
            new LocatorAssertions.ContainsTextOptions().setTimeout(180_000);

    @Autowired
    SandboxHost host;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    MappingRepository mappings;

    @Test
    void theFailedRecordOfARunIsReplayedAloneOnceItsRuleIsFixed() {
        OwnWooShop own = OwnWooShop.mount(host, profiles, "woo-ui-replay", PROFILE);
        own.publish(mappings, "products", OwnWooShop.PRESS_PRODUCTS + """
                rules:
                  - name: a status WooCommerce does not know
                    when: sku == 'PRE01007'
                    set:
                      status: "'archived'"
                """);
        WooCommerceSandbox shop = own.shop();

        new LoginPage(page).open(url("/")).signIn("admin", StudioIntegrationTest.ADMIN_PASSWORD);
        FlowsPage flows = new ProfilesPage(page).open(PROFILE);
        flows.runButton("products").click();
        assertThat(flows.summary()).containsText("Flux « Produits » terminé (Partiel)", A_WHOLE_RUN);
        assertThat(flows.summary()).containsText("1 en échec");
        assertThat(shop.productBySku("PRE01007")).isEmpty();
        int created = shop.products().size();

        own.publish(mappings, "products", OwnWooShop.PRESS_PRODUCTS);
        page.reload();
        assertThat(page.locator("#replay-products")).hasText("Rejouer l’échec");
        page.locator("#replay-products").click();

        assertThat(flows.summary()).containsText("Flux « Produits » terminé", A_WHOLE_RUN);
        assertThat(flows.summary()).containsText("1 créés, 0 mis à jour, 0 inchangés, 0 ignorés, 0 en échec");
        assertThat(shop.productBySku("PRE01007")).isPresent();
        assertThat(shop.products()).hasSize(created + 1);
        assertThat(page.locator("#replay-products")).hasCount(0);
    }
}
