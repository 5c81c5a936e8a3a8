package fr.passerelle.connector.shop.prestashop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.ShopSession;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.connector.shop.StubShop;
import fr.passerelle.sandbox.SandboxResponse;
import fr.passerelle.sandbox.SandboxServer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The connector reads webservice XML shaped like the PrestaShop devdocs' examples. */
class PrestaShopParsingTest {

    private static ShopSession session(SandboxServer server, String language) {
        return new PrestaShopConnector().open(new ConnectionSettings(server.baseUrl("prestashop"),
                Map.of("key", "UCCLLQ9N2ARSHWCXLT74KUKSSK34BFKX"), Map.of("retry.maxAttempts", "1", "languageId", language)));
    }

    private static SandboxResponse xml(String name) {
        return SandboxResponse.xml(200, StubShop.resource("/prestashop/" + name));
    }

    @Test
    void readsTheDocumentedProductInTheSessionsLanguageWithItsAssociations() {
        StubShop stub = new StubShop("prestashop", r -> xml("products-full.xml"));
        try (SandboxServer server = SandboxServer.start(0, stub)) {
            CanonicalRecord product = session(server, "2").read("prestashop.product", ReadRequest.all(50)).records().getFirst();

            assertThat(product.key()).isEqualTo("1");
            assertThat(product.get("name")).isEqualTo("Hummingbird printed t-shirt");
            assertThat(product.get("price")).isEqualTo(new BigDecimal("23.900000"));
            assertThat(product.get("reference")).isEqualTo("demo_1");
            Map<?, ?> associations = (Map<?, ?>) product.get("associations");
            assertThat((List<?>) associations.get("categories")).hasSize(2);
            assertThat((List<?>) associations.get("product_features")).singleElement()
                    .satisfies(f -> assertThat(((Map<?, ?>) f).get("id_feature_value")).isEqualTo("4"));
            assertThat(stub.requests().getFirst().param("display")).contains("full");
            assertThat(stub.requests().getFirst().param("limit")).contains("0,50");
            assertThat(stub.requests().getFirst().header("Authorization")).contains("Basic VUNDTExROU4yQVJTSFdDWExUNzRLVUtTU0szNEJGS1g6");
        }
    }

    @Test
    void readsTheDocumentedOrderWithRowsAndAsksForChangesSinceTheWatermarkInShopTime() {
        StubShop stub = new StubShop("prestashop", r -> xml("orders-full.xml"));
        try (SandboxServer server = SandboxServer.start(0, stub)) {
            CanonicalRecord order = session(server, "1").read("prestashop.order",
                    new ReadRequest(null, Instant.parse("2024-02-10T09:00:00Z"), 100, null, List.of())).records().getFirst();

            assertThat(order.get("total_paid_tax_incl")).isEqualTo(new BigDecimal("61.800000"));
            assertThat(order.get("payment")).isEqualTo("Payment by check");
            assertThat(order.modifiedAt()).isEqualTo(Instant.parse("2024-02-10T10:28:40Z"));
            Map<?, ?> row = (Map<?, ?>) ((List<?>) ((Map<?, ?>) order.get("associations")).get("order_rows")).getFirst();
            assertThat(row.get("product_reference")).isEqualTo("demo_3");
            assertThat(row.get("unit_price_tax_excl")).isEqualTo(new BigDecimal("28.720000"));
            assertThat(stub.requests().getFirst().param("filter[date_upd]")).contains("[2024-02-10 10:00:00,9999-12-31 23:59:59]");
            assertThat(stub.requests().getFirst().param("date")).contains("1");
        }
    }

    @Test
    void reportsTheDocumentedErrorOnTheRecordThatCausedIt() {
        try (SandboxServer server = SandboxServer.start(0, new StubShop("prestashop", r -> r.method().equals("GET")
                ? SandboxResponse.xml(200, "<?xml version=\"1.0\"?><prestashop><products></products></prestashop>")
                : SandboxResponse.xml(400, StubShop.resource("/prestashop/error-not-writable.xml"))))) {
            List<WriteResult> results = session(server, "1").write("prestashop.product",
                    List.of(new WriteRequest("X", null, Map.of("reference", "X", "price", "1", "name", "X"))));

            assertThat(results.getFirst().succeeded()).isFalse();
            assertThat(results.getFirst().error()).contains("[93]").contains("manufacturer_name");
        }
    }

    @Test
    void anUnknownKeyIsAConnectorErrorWithTheHttpStatus() {
        try (SandboxServer server = SandboxServer.start(0, new fr.passerelle.sandbox.shop.prestashop.PrestaShopSandbox())) {
            ConnectorException e = catchThrowableOfType(ConnectorException.class,
                    () -> session(server, "1").read("prestashop.product", ReadRequest.all(10)));

            assertThat(e.httpStatus()).isEqualTo(401);
            assertThat(e.getMessage()).contains("Authentication key does not exist");
        }
    }
}
