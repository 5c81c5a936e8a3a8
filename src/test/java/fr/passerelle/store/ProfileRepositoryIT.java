package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.SHOP_PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@StudioIntegrationTest
class ProfileRepositoryIT {

    @Autowired
    ProfileRepository profiles;

    @Autowired
    TenantRepository tenants;

    @Autowired
    DSLContext db;

    @Test
    void storesCredentialsEncryptedAndReadsThemBackInClear() {
        var tenant = tenants.create("Maison Dupont " + UUID.randomUUID());
        String secret = "ck_live_7f3a9b2c:cs_live_e81d04aa";

        ShopProfile saved = profiles.create(ShopProfile.draft(tenant.id(), "Boutique WooCommerce",
                "cegid-xrp-flex", "woocommerce", "https://boutique.example.fr", Map.of("key", secret))
                .withErp("https://erp.example.fr", Map.of("user", "api", "password", "erp-pass-123")));

        var raw = db.select(SHOP_PROFILE.CREDENTIALS_ENC, SHOP_PROFILE.ERP_CREDENTIALS_ENC).from(SHOP_PROFILE)
                .where(SHOP_PROFILE.ID.eq(saved.id())).fetchOne();
        assertThat(raw.value1()).startsWith("v2:").doesNotContain(secret).doesNotContain("ck_live");
        assertThat(raw.value2()).startsWith("v2:").doesNotContain("erp-pass-123");
        assertThat(profiles.findById(saved.id())).get()
                .satisfies(p -> {
                    assertThat(p.credentials()).containsEntry("key", secret);
                    assertThat(p.erpCredentials()).containsEntry("password", "erp-pass-123");
                    assertThat(p.tenantName()).isEqualTo(tenant.name());
                    assertThat(p.shopType()).isEqualTo("woocommerce");
                });
    }

    @Test
    void encryptsTheSameSecretDifferentlyEachTime() {
        var tenant = tenants.create("Quincaillerie " + UUID.randomUUID());
        ShopProfile a = profiles.create(ShopProfile.draft(tenant.id(), "A", "cegid-xrp-flex", "shopify",
                "https://a.myshopify.com", Map.of("key", "same-token")));
        ShopProfile b = profiles.create(ShopProfile.draft(tenant.id(), "B", "cegid-xrp-flex", "shopify",
                "https://b.myshopify.com", Map.of("key", "same-token")));

        assertThat(profiles.storedCredentials(a.id())).isNotEqualTo(profiles.storedCredentials(b.id()));
    }
}
