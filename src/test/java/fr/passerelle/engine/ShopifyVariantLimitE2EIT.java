package fr.passerelle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ShopSession;
import fr.passerelle.connector.shop.shopify.ShopifyConnector;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.shop.shopify.ShopifySandbox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Shopify's product limits, end to end: the engine with the real Shopify connector, writing over
 * HTTP to the Shopify sandbox served by the studio. The templates cannot build thousands of
 * variants from one ERP item, so the plan here is Java: item ART0002 becomes a product of 2,100
 * variants (two options), the others simple products.
 */
@StudioIntegrationTest
class ShopifyVariantLimitE2EIT {

    private static final FlowSpec PRODUCTS = new FlowSpec("products", "erp.item", "shopify.product", null, "sku", 10);

    @Autowired
    SandboxHost host;

    @LocalServerPort
    int port;

    private ShopifySandbox shopify() {
        return (ShopifySandbox) host.apps().stream().filter(a -> a.id().equals("shopify")).findFirst().orElseThrow();
    }

    private static RecordMapper plan(String prefix, String big, int variants) {
        return record -> {
            String sku = prefix + record.get("ItemCode");
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("title", record.get("Caption") + " " + prefix);
            payload.put("status", "ACTIVE");
            if (record.get("ItemCode").equals(big)) {
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < variants; i++) {
                    list.add(Map.of("sku", sku + "-" + i, "price", "10.00", "optionValues", List.of(
                            Map.of("optionName", "Taille", "name", "T" + (i / 30)),
                            Map.of("optionName", "Couleur", "name", "C" + (i % 30)))));
                }
                payload.put("variants", list);
            } else {
                payload.put("sku", sku);
                payload.put("price", "12.00");
            }
            return new MappingStep.Mapped(record.key(), payload);
        };
    }

    @Test
    void aProductOf2100VariantsIsSkippedWholeWithItsReasonAndTheOthersAreWritten() {
        String prefix = "LIM" + System.nanoTime() % 100000 + "-";
        FakeSource erp = new FakeSource().withItems(4);
        InMemoryPorts ports = new InMemoryPorts();
        ShopifyConnector connector = new ShopifyConnector();
        host.log("shopify").clear();
        long productsBefore = shopify().products().size();

        RunSummary summary;
        try (ShopSession shop = connector.open(new ConnectionSettings("http://localhost:" + port + "/sandbox/shopify",
                Map.of("accessToken", ShopifySandbox.DEFAULT_TOKEN), Map.of()))) {
            summary = ports.runner().run(PRODUCTS, plan(prefix, "ART0002", 2100), erp, shop, TargetLimits.of(connector),
                    RunOptions.normal());
        }

        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.created()).isEqualTo(3);
        assertThat(summary.failed()).isZero();
        assertThat(ports.outcomeOf("ART0002")).get().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(RecordOutcome.Kind.SKIPPED);
            assertThat(o.reason()).contains("2100 variants").contains("2048");
        });
        // nothing of it reached the shop: no product, no variant
        assertThat(shopify().products()).hasSize((int) productsBefore + 3);
        assertThat(shopify().variantBySku(prefix + "ART0002-0")).isEmpty();
        assertThat(shopify().variantBySku(prefix + "ART0002-2099")).isEmpty();
        assertThat(shopify().productBySku(prefix + "ART0001")).isPresent();
    }

    @Test
    void aProductOf2048VariantsIsStillWithinTheLimit() {
        ShopifyConnector connector = new ShopifyConnector();
        Map<String, ?> payload = ((MappingStep.Mapped) plan("X-", "ART0001", 2048)
                .map(new FakeSource().withItems(1).get("ART0001"))).payload();

        assertThat(connector.limitViolations("shopify.product", payload)).isEmpty();
        assertThat(connector.limitViolations("shopify.product", Map.of("title", "x".repeat(256), "sku", "A")))
                .singleElement().asString().contains("255");
    }
}
