package fr.passerelle.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.Role;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.store.TenantRepository;
import fr.passerelle.store.UserRepository;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@StudioIntegrationTest
class ProfileVisibilityIT {

    @Autowired
    ProfileCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    TenantRepository tenants;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    UserRepository users;

    @Test
    void aMerchantSeesOnlyTheProfilesOfTheirOwnTenant() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var tenantA = tenants.create("Tenant A " + run);
        var tenantB = tenants.create("Tenant B " + run);
        ShopProfile shopA = profiles.create(ShopProfile.draft(tenantA.id(), "Shop A", "cegid-xrp-flex", "woocommerce",
                "https://a.example.fr", Map.of("key", "key-a")));
        ShopProfile shopB = profiles.create(ShopProfile.draft(tenantB.id(), "Shop B", "cegid-xrp-flex", "prestashop",
                "https://b.example.fr", Map.of("key", "key-b")));
        var merchantA = accounts.createUser("merchant-a-" + run, "Vue-des-profils-2026", Role.MERCHANT, Set.of(tenantA.id()));

        assertThat(catalog.visibleTo(merchantA)).extracting(ShopProfile::id)
                .contains(shopA.id())
                .doesNotContain(shopB.id());
    }

    @Test
    void aConsultantSeesTheTenantsTheyWorkForAndAnAdminSeesAll() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var tenantA = tenants.create("Client A " + run);
        var tenantB = tenants.create("Client B " + run);
        var tenantC = tenants.create("Client C " + run);
        long a = profiles.create(ShopProfile.draft(tenantA.id(), "A", "ebp", "shopify", "https://a", Map.of("key", "x"))).id();
        long b = profiles.create(ShopProfile.draft(tenantB.id(), "B", "ebp", "shopify", "https://b", Map.of("key", "x"))).id();
        long c = profiles.create(ShopProfile.draft(tenantC.id(), "C", "ebp", "shopify", "https://c", Map.of("key", "x"))).id();
        var consultant = accounts.createUser("consultant-" + run, "Vue-des-profils-2026", Role.CONSULTANT,
                Set.of(tenantA.id(), tenantB.id()));

        assertThat(catalog.visibleTo(consultant)).extracting(ShopProfile::id).contains(a, b).doesNotContain(c);
        assertThat(catalog.visibleTo(users.findByUsername("admin").orElseThrow()))
                .extracting(ShopProfile::id).contains(a, b, c);
    }
}
