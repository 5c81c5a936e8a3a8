package fr.passerelle.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunOptions;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.sync.FlowSync;
import fr.passerelle.ui.po.DriftPage;
import fr.passerelle.ui.po.FlowsPage;
import fr.passerelle.ui.po.LineagePage;
import fr.passerelle.ui.po.LoginPage;
import fr.passerelle.ui.po.ProfilesPage;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6's drift report and record history as a consultant uses them, on the WooCommerce demo
 * profile: after the products and prices flows, a price is changed by hand in the shop sandbox;
 * "Comparer maintenant" lists it (PRC-3: the ERP's price is the shop's price), "Resynchroniser"
 * puts the ERP's price back and the row goes; the record history of that SKU shows the runs that
 * touched it, with their mapping version (MAP-5) and payload.
 */
@StudioIntegrationTest
// after the tests that expect the demo shop empty, before DemoFlowUiIT (see junit-platform.properties)
@Order(Integer.MAX_VALUE - 1)
class DriftAndLineageUiIT extends PlaywrightIT {

    private static final String PROFILE = "ERP sandbox -> WooCommerce sandbox";
    private static final LocatorAssertions.ContainsTextOptions A_WHOLE_RUN =
            new LocatorAssertions.ContainsTextOptions().setTimeout(240_000);
    private static final LocatorAssertions.HasCountOptions A_COMPARISON =
            new LocatorAssertions.HasCountOptions().setTimeout(240_000);

    @Autowired
    SandboxHost host;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    FlowSync sync;

    private WooCommerceSandbox woo() {
        return (WooCommerceSandbox) host.apps().stream().filter(a -> a.id().equals("woocommerce")).findFirst()
                .orElseThrow();
    }

    @Test
    void aPriceChangedByHandInTheShopIsListedAndItsResyncHealsIt() throws Exception {
        // the products flow makes the products the prices flow prices (run here, not through the
        // page: DemoFlowUiIT runs it from its button)
        long demo = profiles.findByName(PROFILE).orElseThrow().id();
        sync.run(demo, "products", RunOptions.normal());
        new LoginPage(page).open(url("/")).signIn("admin", StudioIntegrationTest.ADMIN_PASSWORD);
        FlowsPage flows = new ProfilesPage(page).open(PROFILE);
        flows.runButton("prices").click();
        assertThat(flows.summary()).containsText("Flux « Prix » terminé", A_WHOLE_RUN);

        Map<String, Object> product = woo().products().stream()
                .filter(p -> p.get("regular_price") instanceof String s && !s.isBlank() && !s.equals("1.00"))
                .findFirst().orElseThrow();
        String sku = String.valueOf(product.get("sku"));
        String erpPrice = String.valueOf(product.get("regular_price"));
        woo().setRegularPrice(sku, "1.00"); // by hand, in the back office

        DriftPage drift = flows.openDrift();
        assertThat(drift.heading()).containsText(PROFILE);
        drift.compareButton().click();

        assertThat(drift.resyncButton("prices", sku)).hasCount(1, A_COMPARISON);
        assertThat(drift.report("prices")).containsText(Pattern.compile("1 écart\\(s\\), 1 enregistrement"));
        assertThat(drift.cell(sku)).isVisible();
        // French amounts: "1,00 €" in the shop, the ERP's price next to it
        assertThat(drift.cell(euros("1.00"))).isVisible();
        assertThat(drift.cell(euros(erpPrice))).isVisible();
        assertThat(drift.cell("Prix (regular_price)")).isVisible();
        screenshot("drift"); // docs/images/drift.png is copied from target/ui-screenshots by hand

        drift.resyncButton("prices", sku).click();

        assertThat(drift.report("prices")).containsText("après resynchronisation", A_WHOLE_RUN);
        assertThat(drift.report("prices")).containsText("0 écart(s)");
        // the grid keeps its cell elements, hidden: the row is gone when its cells are not shown
        assertThat(drift.cell(sku)).isHidden();
        assertThat(drift.resyncButton("prices", sku)).isHidden();
        assertThat(drift.grid()).containsText("Aucun écart");
        assertThat(woo().productBySku(sku)).get().extracting(p -> p.get("regular_price"))
                .as("the ERP's price is back in the shop").isEqualTo(erpPrice);

        LineagePage lineage = drift.back().openLineage();
        lineage.search(sku);

        // newest first: the re-sync, the prices run, the products run (each touched it)
        assertThat(lineage.summary()).containsText("ont touché « " + sku + " »");
        assertThat(lineage.cells("Prix").first()).isVisible();
        assertThat(lineage.cells("Mis à jour").first()).isVisible();
        assertThat(lineage.grid()).containsText("Produits");
        assertThat(lineage.grid()).containsText(Pattern.compile("v\\d+"));
        lineage.cells("Mis à jour").first().click();
        assertThat(lineage.payloads().first()).containsText("\"regular_price\"");
        assertThat(lineage.payloads().first()).containsText(erpPrice);
        screenshot("lineage");
    }

    @Test
    void aKeyNoRunTouchedSaysSo() {
        new LoginPage(page).open(url("/")).signIn("admin", StudioIntegrationTest.ADMIN_PASSWORD);
        LineagePage lineage = new ProfilesPage(page).open(PROFILE).openLineage();

        lineage.search("NOPE-0000");

        assertThat(lineage.summary()).containsText("Aucune exécution n’a touché « NOPE-0000 »");
    }

    private static String euros(String amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.FRANCE);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(new BigDecimal(Objects.requireNonNull(amount)));
    }
}
