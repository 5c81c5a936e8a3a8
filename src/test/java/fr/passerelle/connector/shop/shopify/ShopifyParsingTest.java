package fr.passerelle.connector.shop.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.ShopSession;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.connector.http.Json;
import fr.passerelle.connector.shop.StubShop;
import fr.passerelle.sandbox.SandboxResponse;
import fr.passerelle.sandbox.SandboxServer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The connector reads answers shaped like the Admin GraphQL documentation's examples. */
class ShopifyParsingTest {

    private static ShopSession session(SandboxServer server) {
        return new ShopifyConnector().open(new ConnectionSettings(server.baseUrl("shopify"),
                Map.of("accessToken", "shpat_x"), Map.of("retry.maxAttempts", "1")));
    }

    private static SandboxResponse file(String name) {
        return SandboxResponse.json(200, StubShop.resource("/shopify/" + name));
    }

    @Test
    void readsTheDocumentedOrderWithLinesTaxesShippingAndTheNextCursor() {
        StubShop stub = new StubShop("shopify", r -> file("orders-response.json"));
        try (SandboxServer server = SandboxServer.start(0, stub)) {
            Page page = session(server).read("shopify.order", new ReadRequest(null, Instant.parse("2024-03-01T00:00:00Z"), 50, null, List.of()));

            CanonicalRecord order = page.records().getFirst();
            assertThat(order.key()).isEqualTo("gid://shopify/Order/148977776");
            assertThat(order.modifiedAt()).isEqualTo(Instant.parse("2024-03-01T12:00:00Z"));
            Map<String, Object> line = Json.object(Json.list(order.get("lineItems")).getFirst());
            assertThat(line.get("sku")).isEqualTo("IPOD2008GREEN");
            assertThat(Json.object(Json.object(line.get("discountedUnitPriceSet")).get("shopMoney")).get("amount")).isEqualTo("189.0");
            assertThat(Json.list(order.get("shippingLines"))).hasSize(1);
            assertThat(Json.object(Json.object(order.get("totalPriceSet")).get("shopMoney")).get("amount")).isEqualTo("210.34");
            assertThat(page.nextCursor()).startsWith("eyJsYXN0X2lk");
            String sent = stub.requests().getFirst().bodyText();
            assertThat(sent).contains("sortKey: UPDATED_AT").contains("updated_at:>='2024-03-01T00:00:00Z'");
            assertThat(stub.requests().getFirst().header("X-Shopify-Access-Token")).contains("shpat_x");
        }
    }

    @Test
    void turnsSuccessfulSalesIntoPaymentsButNotAuthorizations() {
        try (SandboxServer server = SandboxServer.start(0, new StubShop("shopify", r -> file("orders-response.json")))) {
            List<CanonicalRecord> payments = session(server).read("shopify.payment", ReadRequest.all(50)).records();

            assertThat(payments).singleElement().satisfies(p -> {
                assertThat(p.get("amount")).isEqualTo("210.34");
                assertThat(p.get("gateway")).isEqualTo("bogus");
                assertThat(p.get("order_name")).isEqualTo("#1001");
            });
        }
    }

    @Test
    void reportsEachAliasedMutationsUserErrorsOnItsOwnRecord() {
        try (SandboxServer server = SandboxServer.start(0, new StubShop("shopify", r -> r.bodyText().contains("productVariants")
                ? SandboxResponse.json(200, "{\"data\":{\"productVariants\":{\"nodes\":[]}}}")
                : file("product-set-response.json")))) {
            List<WriteResult> results = session(server).write("shopify.product", List.of(
                    new WriteRequest("SHIRT", null, Map.of("title", "Shirt", "sku", "SHIRT-S", "price", "10.00")),
                    new WriteRequest("BAD", null, Map.of("title", "Bad", "sku", "BAD-1", "price", "-1"))));

            assertThat(results.get(0).outcome()).isEqualTo(WriteResult.Outcome.CREATED);
            assertThat(results.get(0).targetId()).isEqualTo("gid://shopify/Product/1072481061");
            assertThat(results.get(1).outcome()).isEqualTo(WriteResult.Outcome.FAILED);
            assertThat(results.get(1).error()).contains("INVALID_VARIANT").contains("input.variants.0.price");
        }
    }

    @Test
    void waitsAfterTheDocumentedThrottledAnswerAndRetries() {
        AtomicInteger calls = new AtomicInteger();
        try (SandboxServer server = SandboxServer.start(0, new StubShop("shopify", r -> calls.incrementAndGet() == 1
                ? file("throttled.json") : file("orders-response.json")))) {
            long start = System.nanoTime();
            Page page = session(server).read("shopify.order", ReadRequest.all(10));

            assertThat(page.records()).hasSize(1);
            assertThat(calls.get()).isEqualTo(2);
            // (752 - 740) / 500 per second = 24 ms at least
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(24);
        }
    }

    @Test
    void stockWritesCompareWithTheQuantityReadAsChangeFromQuantityFrom2026_04AndCompareQuantityBefore() {
        // the stock lookup's answer: the variant's inventory item holds 3 available at the location
        String variants = "{\"data\":{\"productVariants\":{\"nodes\":[{\"sku\":\"A1\",\"inventoryItem\":{\"id\":"
                + "\"gid://shopify/InventoryItem/1\",\"inventoryLevel\":{\"quantities\":[{\"name\":\"available\",\"quantity\":3}]}}}]}}}";
        String locations = "{\"data\":{\"locations\":{\"nodes\":[{\"id\":\"gid://shopify/Location/1\",\"name\":\"Lyon\",\"isActive\":true}]}}}";
        String set = "{\"data\":{\"inventorySetQuantities\":{\"inventoryAdjustmentGroup\":{\"id\":\"gid://shopify/InventoryAdjustmentGroup/1\"},"
                + "\"userErrors\":[]}}}";
        for (String version : List.of("2026-07", "2025-10")) {
            StubShop stub = new StubShop("shopify", r -> SandboxResponse.json(200, r.bodyText().contains("productVariants") ? variants
                    : r.bodyText().contains("locations") ? locations : set));
            try (SandboxServer server = SandboxServer.start(0, stub)) {
                ShopSession session = new ShopifyConnector().open(new ConnectionSettings(server.baseUrl("shopify"),
                        Map.of("accessToken", "shpat_x"), Map.of("apiVersion", version)));

                assertThat(session.write("shopify.stock", List.of(new WriteRequest("A1", null, Map.of("sku", "A1", "quantity", 5)))))
                        .allMatch(WriteResult::succeeded);

                String sent = stub.requests().getLast().bodyText();
                assertThat(stub.requests().getLast().path()).contains("/admin/api/" + version + "/");
                if (version.equals("2026-07")) {
                    assertThat(sent).contains("@idempotent(key: $key)").contains("\"changeFromQuantity\":3")
                            .doesNotContain("ignoreCompareQuantity").doesNotContain("compareQuantity\"");
                } else {
                    assertThat(sent).contains("\"compareQuantity\":3").doesNotContain("ignoreCompareQuantity")
                            .doesNotContain("changeFromQuantity").doesNotContain("@idempotent");
                }
                String lookup = stub.requests().stream().map(r -> r.bodyText()).filter(b -> b.contains("productVariants"))
                        .findFirst().orElseThrow();
                assertThat(lookup).contains("inventoryLevel(locationId: $location)").contains("gid://shopify/Location/1");
            }
        }
    }

    @Test
    void turnsTheDocumentedAccessDeniedErrorIntoAConnectorError() {
        try (SandboxServer server = SandboxServer.start(0, new StubShop("shopify", r -> file("access-denied.json")))) {
            ConnectorException e = catchThrowableOfType(ConnectorException.class,
                    () -> session(server).read("shopify.order", ReadRequest.all(10)));

            assertThat(e.getMessage()).contains("ACCESS_DENIED").contains("read_orders");
            assertThat(e.retryable()).isFalse();
        }
    }
}
