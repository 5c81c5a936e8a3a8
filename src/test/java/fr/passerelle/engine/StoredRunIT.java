package fr.passerelle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.RunHistory;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.store.TenantRepository;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine with its state in PostgreSQL: id links, hashes, watermarks and history survive a restart. */
@StudioIntegrationTest
class StoredRunIT {

    private static final FlowSpec PRODUCTS = new FlowSpec("products", "erp.item", "shop.product", null, "sku", 10);
    private static final RecordMapper PLAN = record -> {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sku", record.get("ItemCode"));
        payload.put("name", record.get("Caption"));
        payload.put("price", record.get("Price"));
        if (record.key().equals("ART0004")) {
            return new MappingStep.Skipped(record.key(), "where: Published is false");
        }
        return new MappingStep.Mapped(record.key(), payload);
    };

    @Autowired
    RunHistory history;

    @Autowired
    TenantRepository tenants;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    MappingRepository mappings;

    private long profileId;
    private final FakeSource erp = new FakeSource().withItems(25);
    private final FakeShop shop = new FakeShop();

    @BeforeEach
    void aProfile() {
        var tenant = tenants.create("Engine IT " + UUID.randomUUID());
        profileId = profiles.create(ShopProfile.draft(tenant.id(), "Woo", "cegid-xrp-flex", "woocommerce",
                "http://localhost", Map.of("key", "k"))).id();
    }

    private RunSummary runWithFreshPorts() {
        // a new ports object per run: nothing carried in memory, as after a restart of the engine
        var ports = history.portsFor(profileId);
        return new FlowRunner(ports, ports, ports).run(PRODUCTS, PLAN, erp, shop, TargetLimits.NONE,
                RunOptions.normal());
    }

    @Test
    void aRestartedEngineKnowsWhatItSentAndWritesNothingForAnUnchangedCatalogue() {
        RunSummary first = runWithFreshPorts();
        shop.writes.clear();

        RunSummary second = runWithFreshPorts();

        assertThat(first.created()).isEqualTo(24);
        assertThat(first.skipped()).isEqualTo(1);
        assertThat(shop.writes).isEmpty();
        assertThat(second.writes()).isZero();
    }

    @Test
    void theWatermarkResumesReadsAfterTheLastFinishedPage() {
        runWithFreshPorts();
        erp.put("ART0010", "Prix changé", new BigDecimal("42.00"), true);
        shop.writes.clear();

        RunSummary next = runWithFreshPorts();

        assertThat(shop.writes).extracting(w -> w.key()).containsExactly("ART0010");
        assertThat(next.updated()).isEqualTo(1);
        assertThat(history.portsFor(profileId).get("products")).isPresent();
    }

    @Test
    void lineageTellsWhyARecordWasSkippedAndWhatWasSent() {
        runWithFreshPorts();

        assertThat(history.lineage(profileId, "ART0004")).singleElement().satisfies(t -> {
            assertThat(t.outcome()).isEqualTo("SKIPPED");
            assertThat(t.reason()).contains("Published is false");
        });
        assertThat(history.lineage(profileId, "ART0001")).singleElement().satisfies(t -> {
            assertThat(t.outcome()).isEqualTo("CREATED");
            assertThat(t.payloadJson()).contains("\"sku\"").contains("ART0001");
        });
    }

    @Test
    void aDryRunAfterAPriceChangeNamesThePriceFromTheStoredLastPayload() {
        runWithFreshPorts();
        erp.put("ART0002", "Article 2", new BigDecimal("99.00"), true);
        var ports = history.portsFor(profileId);

        RunSummary dry = new FlowRunner(ports, ports, ports).run(PRODUCTS, PLAN, erp, shop, TargetLimits.NONE,
                RunOptions.dryRunOnly());

        assertThat(dry.fieldChanges()).containsOnlyKeys("price");
        assertThat(history.lineage(profileId, "ART0002").getFirst().outcome()).isEqualTo("UPDATED");
    }

    /** MAP-5 in the record history: each run says which published mapping version decided. */
    @Test
    void lineageFindsACustomerByTheEmailItWasSentWithAndNamesTheMappingVersion() {
        var draft = mappings.saveDraft(profileId, "customers", "extends: cegid-xrp-flex/woocommerce/customers\n",
                "test");
        var published = mappings.publish(draft.id());
        var ports = history.portsFor(profileId, published.id());
        RecordMapper customers = record -> new MappingStep.Mapped(record.key(),
                Map.of("email", record.key().toLowerCase() + "@Exemple.fr"));

        new FlowRunner(ports, ports, ports).run(new FlowSpec("customers", "erp.customer", "shop.customer", null,
                "email", 10), customers, erp, shop, TargetLimits.NONE, RunOptions.normal());

        assertThat(history.lineage(profileId, "ART0003@exemple.FR")).singleElement().satisfies(t -> {
            assertThat(t.flow()).isEqualTo("customers");
            assertThat(t.outcome()).isEqualTo("CREATED");
            assertThat(t.mappingVersion()).isEqualTo(published.version());
            assertThat(t.dryRun()).isFalse();
        });
        assertThat(history.lineage(profileId, "ART0003")).singleElement()
                .extracting(RunHistory.Touch::flow).isEqualTo("customers");
        assertThat(history.lineage(profileId, "nobody@exemple.fr")).isEmpty();
    }
}
