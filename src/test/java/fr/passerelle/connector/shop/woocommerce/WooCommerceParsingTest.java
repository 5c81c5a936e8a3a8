package fr.passerelle.connector.shop.woocommerce;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The connector reads WooCommerce's documented payloads (REST API docs examples) correctly. */
class WooCommerceParsingTest {

    private static ShopSession session(SandboxServer server) {
        return new WooCommerceConnector().open(new ConnectionSettings(server.baseUrl("woocommerce"),
                Map.of("consumerKey", "ck_x", "consumerSecret", "cs_x"), Map.of("retry.maxAttempts", "1")));
    }

    private static SandboxResponse list(String resource) {
        return SandboxResponse.json(200, "[" + StubShop.resource(resource) + "]")
                .withHeader("X-WP-Total", "1").withHeader("X-WP-TotalPages", "1");
    }

    @Test
    void readsTheDocumentedOrderWithExactMoneyLinesTaxesAndPayment() {
        try (SandboxServer server = SandboxServer.start(0, new StubShop("woocommerce", r -> list("/woocommerce/order.json")))) {
            Page page = session(server).read("woocommerce.order", ReadRequest.all(10));

            CanonicalRecord order = page.records().getFirst();
            assertThat(order.key()).isEqualTo("727");
            assertThat(order.modifiedAt()).isEqualTo(Instant.parse("2017-03-22T19:28:08Z"));
            assertThat(new BigDecimal((String) order.get("total"))).isEqualByComparingTo("29.35");
            List<Object> lines = Json.list(order.get("line_items"));
            assertThat(lines).hasSize(2);
            Map<String, Object> second = Json.object(lines.get(1));
            assertThat(second.get("sku")).isEqualTo("Bar3");
            assertThat(second.get("quantity")).isEqualTo(BigDecimal.ONE);
            assertThat(second.get("price")).isEqualTo(new BigDecimal(12));
            assertThat(Json.object(Json.list(order.get("tax_lines")).getFirst()).get("tax_total")).isEqualTo("1.35");
            assertThat(Json.object(Json.list(order.get("shipping_lines")).getFirst()).get("method_id")).isEqualTo("flat_rate");
            assertThat(order.get("payment_method")).isEqualTo("bacs");
            assertThat(Json.object(order.get("billing")).get("email")).isEqualTo("john.doe@example.com");
            assertThat(page.total()).isEqualTo(1);
            assertThat(page.last()).isTrue();
        }
    }

    @Test
    void readsTheDocumentedProductAndAsksForStablePaging() {
        StubShop stub = new StubShop("woocommerce", r -> list("/woocommerce/product.json"));
        try (SandboxServer server = SandboxServer.start(0, stub)) {
            CanonicalRecord product = session(server).read("woocommerce.product", ReadRequest.all(250)).records().getFirst();

            assertThat(product.key()).isEqualTo("794");
            assertThat(product.get("regular_price")).isEqualTo("21.99");
            assertThat(product.get("stock_quantity")).isNull();
            assertThat(Json.list(product.get("categories"))).hasSize(2);
            assertThat(Json.list(product.get("images"))).hasSize(2);
            assertThat(stub.requests().getFirst().param("per_page")).contains("100");
            assertThat(stub.requests().getFirst().param("orderby")).contains("id");
        }
    }

    @Test
    void turnsTheDocumentedErrorBodyIntoAConnectorError() {
        try (SandboxServer server = SandboxServer.start(0, new StubShop("woocommerce",
                r -> SandboxResponse.json(404, StubShop.resource("/woocommerce/error-invalid-id.json"))))) {
            ConnectorException e = catchThrowableOfType(ConnectorException.class,
                    () -> session(server).read("woocommerce.order", ReadRequest.all(10)));

            assertThat(e.httpStatus()).isEqualTo(404);
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("woocommerce_rest_shop_order_invalid_id").contains("Invalid ID.");
        }
    }

    @Test
    void matchesEachBatchAnswerToItsRecordIncludingPerItemErrors() {
        try (SandboxServer server = SandboxServer.start(0, new StubShop("woocommerce", r -> r.method().equals("GET")
                ? SandboxResponse.json(200, "[]").withHeader("X-WP-Total", "0").withHeader("X-WP-TotalPages", "0")
                : SandboxResponse.json(200, StubShop.resource("/woocommerce/batch-response.json"))))) {
            List<WriteResult> results = session(server).write("woocommerce.product", List.of(
                    new WriteRequest("WS-1", null, Map.of("sku", "WS-1")),
                    new WriteRequest("PQ-1", "790", Map.of("sku", "PQ-1")),
                    new WriteRequest("WS-1b", null, Map.of("sku", "WS-1"))));

            assertThat(results).extracting(WriteResult::outcome).containsExactly(WriteResult.Outcome.CREATED,
                    WriteResult.Outcome.UPDATED, WriteResult.Outcome.FAILED);
            assertThat(results.get(0).targetId()).isEqualTo("799");
            assertThat(results.get(2).error()).contains("product_invalid_sku");
            assertThat(results.get(2).retryable()).isFalse();
        }
    }
}
