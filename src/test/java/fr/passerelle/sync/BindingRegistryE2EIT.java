package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.MatchRule;
import fr.passerelle.engine.RecordOutcome;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.store.BindingRepository;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.RunHistory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The binding registry over HTTP (issue 6, ART-1, CUS-3): the match rule is the profile's choice,
 * a binding made by hand is honoured by the next run, an undone binding is matched again, and no
 * choice ever duplicates a record in the shop. Each test has its own empty WooCommerce shop and
 * the 200 items of the PRESSE family.
 */
@StudioIntegrationTest
class BindingRegistryE2EIT {

    @Autowired
    FlowSync sync;

    @Autowired
    BindingRegistry registry;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    MappingRepository mappings;

    @Autowired
    RunHistory history;

    @Autowired
    SandboxHost host;

    WooE2E e2e;

    @BeforeEach
    void setUp() {
        e2e = new WooE2E(sync, profiles, mappings, host);
    }

    @Test
    void theRegistryListsTheFlowsThatBindRecordsWithTheirDefaultRule() {
        long profile = e2e.ownShop("woo-bind-flows", "ERP sandbox -> WooCommerce binding flows", Map.of(),
                Map.of("products", WooCommerceDifferentiatorsE2EIT.PRESS_ONLY));

        assertThat(registry.flows(profile)).extracting(f -> f.flow().id(), BindingRegistry.BoundFlow::matchField,
                BindingRegistry.BoundFlow::rule).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("categories", "name", MatchRule.ADOPT),
                        org.assertj.core.groups.Tuple.tuple("products", "sku", MatchRule.ADOPT),
                        org.assertj.core.groups.Tuple.tuple("variants", "sku", MatchRule.ADOPT),
                        org.assertj.core.groups.Tuple.tuple("customer-groups", "name", MatchRule.ADOPT),
                        org.assertj.core.groups.Tuple.tuple("customers", "email", MatchRule.ADOPT));

        registry.setRule(profile, "customers", MatchRule.REPORT);

        assertThat(registry.flows(profile)).filteredOn(f -> f.flow().id().equals("customers"))
                .extracting(BindingRegistry.BoundFlow::rule).containsExactly(MatchRule.REPORT);
        assertThat(profiles.findById(profile).orElseThrow().settings()).containsEntry("match.customers", "report");
    }

    /** A shop product whose SKU differs from the ERP's, bound by hand, is updated, not created again. */
    @Test
    void aProductBoundByHandIsUpdatedByTheNextRunNotCreated() {
        long profile = e2e.ownShop("woo-bind-hand", "ERP sandbox -> WooCommerce bound by hand", Map.of(),
                Map.of("products", WooCommerceDifferentiatorsE2EIT.PRESS_ONLY));
        long handMade = e2e.shop("woo-bind-hand").createProduct("REVUE-MAIN-5", "Revue saisie à la main");

        registry.bind(profile, "products", "PRE01005", Long.toString(handMade));
        assertThat(registry.list(profile, "products", "PRE01005", 0, 10)).singleElement().satisfies(b -> {
            assertThat(b.shopId()).isEqualTo(Long.toString(handMade));
            assertThat(b.lastRunId()).as("not synced yet").isNull();
        });
        RunSummary first = e2e.run(profile, "products");

        assertThat(first.updated()).as(first.describe()).isEqualTo(1);
        assertThat(e2e.shop("woo-bind-hand").productBySku("PRE01005")).get().satisfies(p ->
                assertThat(new BigDecimal(Objects.toString(p.get("id")))).isEqualByComparingTo(BigDecimal.valueOf(handMade)));
        assertThat(e2e.shop("woo-bind-hand").productBySku("REVUE-MAIN-5")).isEmpty();
        assertThat(skus("woo-bind-hand")).doesNotHaveDuplicates().hasSize(first.created() + first.updated());
        assertThat(registry.count(profile, "products", null)).isEqualTo(first.created() + first.updated());
        assertThat(registry.list(profile, "products", "PRE01005", 0, 10)).singleElement()
                .satisfies(b -> assertThat(b.lastRunId()).isNotNull());

        assertThatThrownBy(() -> registry.bind(profile, "products", "PRE01006", Long.toString(handMade)))
                .isInstanceOf(BindingRepository.BindingConflictException.class)
                .hasMessageContaining("already bound to PRE01005");
    }

    /** An undone binding: the next run finds the product again by its SKU; nothing is duplicated. */
    @Test
    void anUndoneBindingIsMatchedAgainBySkuNotDuplicated() {
        long profile = e2e.ownShop("woo-unbind", "ERP sandbox -> WooCommerce unbind", Map.of(),
                Map.of("products", WooCommerceDifferentiatorsE2EIT.PRESS_ONLY));
        RunSummary first = e2e.run(profile, "products");
        String shopId = registry.list(profile, "products", "PRE01010", 0, 1).getFirst().shopId();

        assertThat(registry.unbind(profile, "products", "PRE01010")).isTrue();
        assertThat(registry.count(profile, "products", null)).isEqualTo(first.created() - 1);
        e2e.erp().changeItem("PRE01010", "Description", "Revue liée de nouveau");
        RunSummary again = e2e.run(profile, "products");

        assertThat(again.created()).as(again.describe()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(registry.list(profile, "products", "PRE01010", 0, 1)).singleElement()
                .satisfies(b -> assertThat(b.shopId()).isEqualTo(shopId));
        assertThat(skus("woo-unbind")).doesNotHaveDuplicates().hasSize(first.created());
    }

    /**
     * "Report, do not adopt": a product the shop already has with the item's SKU is skipped with the
     * shop's id in its reason, nothing written to it; the others are created; switching back to
     * "adopt" and syncing that record takes it over (an incremental run would not read it again
     * until it changes in the ERP). Never a duplicate either way.
     */
    @Test
    void withReportAnExistingSkuIsSkippedForReviewThenAdoptedWhenTheRuleChangesBack() {
        long profile = e2e.ownShop("woo-report", "ERP sandbox -> WooCommerce report matches", Map.of(),
                Map.of("products", WooCommerceDifferentiatorsE2EIT.PRESS_ONLY));
        long handMade = e2e.shop("woo-report").createProduct("PRE01005", "Revue saisie à la main");
        registry.setRule(profile, "products", MatchRule.REPORT);

        RunSummary first = e2e.run(profile, "products");

        assertThat(first.skipped()).as(first.describe()).isEqualTo(1);
        assertThat(first.updated()).isZero();
        assertThat(first.created()).isGreaterThan(150);
        assertThat(history.lineage(profile, "PRE01005")).first().satisfies(t -> {
            assertThat(t.outcome()).isEqualTo(RecordOutcome.Kind.SKIPPED.name());
            assertThat(t.reason()).contains("sku 'PRE01005'", "id " + handMade);
        });
        assertThat(e2e.shop("woo-report").productBySku("PRE01005")).get()
                .satisfies(p -> assertThat(p.get("name")).isEqualTo("Revue saisie à la main"));
        assertThat(skus("woo-report")).doesNotHaveDuplicates().hasSize(first.created() + 1);

        registry.setRule(profile, "products", MatchRule.ADOPT);
        RunSummary second = registry.resync(profile, "products", "PRE01005"); // the registry's "sync now"

        assertThat(second.updated()).as(second.describe()).isEqualTo(1);
        assertThat(second.created()).isZero();
        assertThat(registry.list(profile, "products", "PRE01005", 0, 1)).singleElement()
                .satisfies(b -> assertThat(b.shopId()).isEqualTo(Long.toString(handMade)));
        assertThat(skus("woo-report")).doesNotHaveDuplicates().hasSize(first.created() + 1);
    }

    private List<String> skus(String shopId) {
        return e2e.shop(shopId).products().stream().map(p -> String.valueOf(p.get("sku"))).toList();
    }
}
