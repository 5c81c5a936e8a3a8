package fr.passerelle.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShopProfileTest {

    @Test
    void printingAProfileNeverShowsItsCredentials() {
        ShopProfile profile = ShopProfile.draft(1, "Boutique", "cegid-xrp-flex", "woocommerce", "https://shop.fr",
                Map.of("consumerSecret", "cs_top_secret")).withErp("https://erp.fr", Map.of("password", "erp-pw-42"));

        assertThat(profile.toString()).contains("consumerSecret", "password", "https://shop.fr")
                .doesNotContain("cs_top_secret", "erp-pw-42");
    }
}
