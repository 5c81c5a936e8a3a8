package fr.passerelle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.RunHistory;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.store.TenantRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A run stopped mid-way resumes at its last finished page from what PostgreSQL kept, with new
 * ports (nothing in memory, as after a restart); the outcomes of the finished pages are already
 * in the history when the checkpoint says they are done.
 */
@StudioIntegrationTest
class ResumedRunIT {

    private static final FlowSpec PRODUCTS = new FlowSpec("products", "erp.item", "shop.product", null, "sku", 10);
    private static final RecordMapper PLAN = record -> {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sku", record.get("ItemCode"));
        payload.put("name", record.get("Caption"));
        return new MappingStep.Mapped(record.key(), payload);
    };

    @Autowired
    RunHistory history;

    @Autowired
    TenantRepository tenants;

    @Autowired
    ProfileRepository profiles;

    @Test
    void aStoppedRunResumesAtItsLastFinishedPageAfterARestart() {
        var tenant = tenants.create("Resume IT " + UUID.randomUUID());
        long profileId = profiles.create(ShopProfile.draft(tenant.id(), "Woo", "cegid-xrp-flex", "woocommerce",
                "http://localhost", Map.of("key", "k"))).id();
        FakeSource erp = new FakeSource().withItems(45);
        FakeShop shop = new FakeShop();
        shop.goDownAfter(30); // one record per write call: pages 1-3 written, page 4 hits the outage

        var before = history.portsFor(profileId);
        RunSummary interrupted = new FlowRunner(before, before, before).run(PRODUCTS, PLAN, erp, shop,
                TargetLimits.NONE, RunOptions.normal());

        assertThat(interrupted.status()).isEqualTo(RunSummary.Status.FAILED);
        var restarted = history.portsFor(profileId);
        assertThat(restarted.checkpoint("products")).get().satisfies(c -> {
            assertThat(c.cursor()).isEqualTo("20");
            assertThat(c.pageSize()).isEqualTo(10);
        });
        assertThat(history.lineage(profileId, "ART0021")).as("page 3's outcomes were stored before its checkpoint")
                .singleElement().satisfies(t -> assertThat(t.outcome()).isEqualTo("CREATED"));
        shop.comeBack();
        erp.pagesRead = 0;

        RunSummary resumed = new FlowRunner(restarted, restarted, restarted).run(PRODUCTS, PLAN, erp, shop,
                TargetLimits.NONE, RunOptions.normal());

        assertThat(erp.pagesRead).as("pages 3 (again), 4 and 5").isEqualTo(3);
        assertThat(resumed.unchanged()).isEqualTo(10);
        assertThat(resumed.created()).isEqualTo(15);
        assertThat(shop.products).hasSize(45);
        assertThat(history.portsFor(profileId).checkpoint("products")).isEmpty();
        assertThat(history.portsFor(profileId).get("products")).isPresent();
    }
}
