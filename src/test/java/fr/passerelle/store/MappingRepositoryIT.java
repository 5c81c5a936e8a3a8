package fr.passerelle.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** MAP-5: versions, publish, roll back. */
@StudioIntegrationTest
class MappingRepositoryIT {

    @Autowired
    MappingRepository mappings;

    @Autowired
    TenantRepository tenants;

    @Autowired
    ProfileRepository profiles;

    private long profileId;

    @BeforeEach
    void aProfile() {
        var tenant = tenants.create("Mappings " + UUID.randomUUID());
        profileId = profiles.create(ShopProfile.draft(tenant.id(), "Woo", "cegid-xrp-flex", "woocommerce",
                "http://localhost", Map.of("key", "k"))).id();
    }

    @Test
    void draftsAreNumberedAndOnlyAPublishedVersionRuns() {
        var v1 = mappings.saveDraft(profileId, "products", "flow: products # v1", "consultant");
        var v2 = mappings.saveDraft(profileId, "products", "flow: products # v2", "consultant");

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(mappings.published(profileId, "products")).isEmpty();

        mappings.publish(v2.id());

        assertThat(mappings.published(profileId, "products")).get().extracting(m -> m.yaml())
                .isEqualTo("flow: products # v2");
    }

    @Test
    void publishingAnOlderVersionRollsBackAndRetiresTheCurrentOne() {
        var v1 = mappings.saveDraft(profileId, "stock", "flow: stock # v1", null);
        var v2 = mappings.saveDraft(profileId, "stock", "flow: stock # v2", null);
        mappings.publish(v2.id());

        mappings.publish(v1.id());

        assertThat(mappings.published(profileId, "stock")).get().extracting(m -> m.version()).isEqualTo(1);
        assertThat(mappings.history(profileId, "stock")).extracting(m -> m.status())
                .containsExactly("RETIRED", "PUBLISHED");
    }
}
