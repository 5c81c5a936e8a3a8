package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.erp.ErpSandbox;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ERP sandbox -> WooCommerce sandbox over real HTTP (both served by the studio under /sandbox),
 * on the embedded PostgreSQL, with the demo profile and the published templates: the story of
 * one catalogue, in order.
 */
@StudioIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WooCommerceFlowsE2EIT {

    private static final String SHOP = "woo-story";
    private static final String PROFILE = "Products story";

    @Autowired
    FlowSync sync;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    MappingRepository mappings;

    @Autowired
    SandboxHost host;

    /** A shop and profile of this class's own: other tests share the Spring context and the demo shop. */
    private long profileId() {
        return profiles.findByName(PROFILE).orElseGet(() -> {
            new WooE2E(sync, profiles, mappings, host).ownShop(SHOP, PROFILE, Map.of(), Map.of("products", ""));
            return profiles.findByName(PROFILE).orElseThrow();
        }).id();
    }

    private WooCommerceSandbox woo() {
        profileId();
        return (WooCommerceSandbox) host.apps().stream().filter(a -> a.id().equals(SHOP)).findFirst()
                .orElseThrow();
    }

    private ErpSandbox erp() {
        return (ErpSandbox) host.apps().stream().filter(a -> a.id().equals("erp")).findFirst().orElseThrow();
    }

    private RunSummary run(String flow) {
        return sync.run(profileId(), flow, RunOptions.normal());
    }

    private long wooWrites() {
        return host.log(SHOP).writes();
    }

    @Test
    @Order(1)
    @DisplayName("ART-1, ART-2: the first products run creates every exported item once")
    void theFirstProductsRunCreatesEveryExportedItemOnce() {
        long profile = profileId();

        RunSummary first = sync.run(profile, "products", RunOptions.normal());

        System.out.println("first products run: " + first.describe());
        assertThat(first.created()).isGreaterThan(100);
        assertThat(first.failed()).isZero();
        List<String> skus = woo().products().stream().map(p -> String.valueOf(p.get("sku"))).toList();
        assertThat(skus).hasSize(first.created()).doesNotHaveDuplicates();
    }

    @Test
    @Order(2)
    void aSecondRunWithNoChangeMakesZeroWrites() {
        host.log(SHOP).clear();

        RunSummary second = run("products");

        assertThat(wooWrites()).isZero();
        assertThat(second.writes()).isZero();
    }

    @Test
    @Order(3)
    void changingFiveItemsInTheErpWritesExactlyThoseFive() {
        List<String> five = woo().products().stream().limit(5).map(p -> String.valueOf(p.get("sku"))).toList();
        five.forEach(sku -> erp().changeItem(sku, "Description", "Nouveau libellé " + sku));
        host.log(SHOP).clear();

        RunSummary next = run("products");

        assertThat(next.updated()).isEqualTo(5);
        assertThat(next.created()).isZero();
        five.forEach(sku -> assertThat(woo().productBySku(sku)).get()
                .extracting(p -> p.get("name")).isEqualTo("Nouveau libellé " + sku));
    }

    @Test
    @Order(4)
    @DisplayName("ART-5: a dormant item is deactivated in the shop, not deleted")
    void aDormantItemIsDeactivatedInTheShopNotDeleted() {
        String sku = String.valueOf(woo().products().get(10).get("sku"));
        int before = woo().products().size();
        erp().changeItem(sku, "ItemStatus", "Inactive");

        run("products");

        assertThat(woo().productBySku(sku)).get().extracting(p -> p.get("status")).isEqualTo("draft");
        assertThat(woo().products()).hasSize(before);
    }

    @Test
    @Order(5)
    void aRecordTheShopRejectsFailsAloneWithTheShopsReason() {
        String sku = String.valueOf(woo().products().get(20).get("sku"));
        // a consultant's rule that the shop refuses, for one item only
        var draft = mappings.saveDraft(profileId(), "products", """
                extends: cegid-xrp-flex/woocommerce/products
                rules:
                  - name: a status WooCommerce does not know
                    when: sku == '%s'
                    set:
                      status: "'archived'"
                """.formatted(sku), "test");
        mappings.publish(draft.id());
        erp().changeItem(sku, "Description", "Refusé par la boutique");
        String other = String.valueOf(woo().products().get(21).get("sku"));
        erp().changeItem(other, "Description", "Accepté");

        RunSummary summary = run("products");

        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(woo().productBySku(other)).get().extracting(p -> p.get("name")).isEqualTo("Accepté");
    }
}
