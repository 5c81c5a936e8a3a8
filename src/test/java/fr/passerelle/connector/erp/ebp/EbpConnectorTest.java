package fr.passerelle.connector.erp.ebp;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorRegistry;
import fr.passerelle.connector.ErpSession;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The EBP connector against a stub of what EBP documents (login server OpenID configuration and
 * token endpoint, subscription key and bearer on every call) plus the assumed resources.
 */
class EbpConnectorTest {

    private HttpServer server;
    private String base;
    private final List<String> seen = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", ex -> answer(ex, 200, "{\"authorization_endpoint\":\""
                + base + "/connect/authorize\",\"token_endpoint\":\"" + base + "/connect/token\"}"));
        server.createContext("/connect/token", ex -> {
            String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add("token " + form);
            answer(ex, form.contains("grant_type=refresh_token") && form.contains("refresh_token=r1")
                    ? 200 : 400, "{\"access_token\":\"fresh\",\"refresh_token\":\"r2\",\"expires_in\":3600}");
        });
        server.createContext("/gescom/api/v1/", this::api);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsTheSubscriptionKeyAndRefreshesAnExpiredToken() {
        try (ErpSession session = open()) {
            List<CanonicalRecord> folders = session.read("erp.folder", ReadRequest.all(10)).records();
            assertThat(folders).extracting(CanonicalRecord::key).containsExactly("F1");
        }
        assertThat(seen).anyMatch(s -> s.startsWith("token grant_type=refresh_token"));
        assertThat(seen).filteredOn(s -> s.startsWith("GET /gescom/api/v1/Folders"))
                .allMatch(s -> s.contains("key=sub-key"));
        assertThat(seen).anyMatch(s -> s.contains("bearer=fresh"));
    }

    @Test
    void readsItemsOfTheFolderPageByPage() {
        try (ErpSession session = open()) {
            ReadRequest first = ReadRequest.all(2);
            var page1 = session.read("erp.item", first);
            var page2 = session.read("erp.item", first.next(page1.nextCursor()));
            assertThat(page1.records()).hasSize(2);
            assertThat(page2.records()).hasSize(1);
            assertThat(page2.last()).isTrue();
            assertThat(page1.records().get(0).get("salePrice")).isEqualTo(new BigDecimal("12.50"));
        }
    }

    @Test
    void createsACustomer() {
        try (ErpSession session = open()) {
            List<WriteResult> results = session.write("erp.customer", List.of(new WriteRequest("shop-1", null,
                    Map.of("name", "Boutique Durand", "email", "durand@ex.fr"))));
            assertThat(results).singleElement().satisfies(r -> assertThat(r.targetId()).isEqualTo("CL0042"));
        }
        assertThat(seen).anyMatch(s -> s.startsWith("POST /gescom/api/v1/Folders/F1/Customers")
                && s.contains("\"mainInvoicingContact\":{\"email\":\"durand@ex.fr\"}"));
    }

    @Test
    void buildsTheAuthorizationUrlFromTheLoginServer() {
        EbpTokens tokens = new EbpTokens(base, "client-1", "secret", null, null, Duration.ofSeconds(5));
        assertThat(tokens.authorizationUrl("https://studio.example/callback", "openid offline_access", "xyz"))
                .startsWith(base + "/connect/authorize?response_type=code&client_id=client-1")
                .contains("redirect_uri=https%3A%2F%2Fstudio.example%2Fcallback");
    }

    @Test
    void publishesItsEntitiesAndMarksAssumedOnes() {
        var descriptor = ConnectorRegistry.load().erp("ebp").orElseThrow().descriptor();
        assertThat(descriptor.schemas()).extracting(s -> s.name()).contains("erp.folder", "erp.item",
                "erp.customer", "erp.sales-document");
        assertThat(descriptor.schema("erp.item").orElseThrow().field("salePrice").orElseThrow().description())
                .contains("assumed");
    }

    private ErpSession open() {
        return new EbpConnector().open(new ConnectionSettings(base + "/gescom/api/v1",
                Map.of("key", "sub-key", "token", "stale", "refreshToken", "r1", "clientId", "c", "clientSecret", "s"),
                Map.of("loginServer", base, "folderId", "F1", "timeoutMillis", "5000")));
    }

    private void api(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = ex.getRequestURI().getPath();
        String query = ex.getRequestURI().getQuery();
        seen.add(ex.getRequestMethod() + " " + path + " key=" + ex.getRequestHeaders().getFirst("ebp-subscription-key")
                + " bearer=" + (auth == null ? "" : auth.substring(7)) + " " + body);
        if (!"Bearer fresh".equals(auth)) {
            answer(ex, 401, "{\"message\":\"token expired\"}");
        } else if (path.endsWith("/Folders")) {
            answer(ex, 200, "[{\"id\":\"F1\",\"name\":\"Boutique SAS\"}]");
        } else if (path.endsWith("/Folders/F1/Items")) {
            answer(ex, 200, query.contains("$skip=0") ? "{\"value\":[{\"id\":\"A1\",\"salePriceVatExcluded\":12.50},"
                    + "{\"id\":\"A2\",\"salePriceVatExcluded\":3}]}" : "{\"value\":[{\"id\":\"A3\"}]}");
        } else if (path.endsWith("/Folders/F1/Customers") && ex.getRequestMethod().equals("POST")) {
            answer(ex, 201, "{\"id\":\"CL0042\",\"name\":\"Boutique Durand\"}");
        } else {
            answer(ex, 404, "{}");
        }
    }

    private static void answer(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
