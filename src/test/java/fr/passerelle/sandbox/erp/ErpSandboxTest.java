package fr.passerelle.sandbox.erp;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.sandbox.SandboxRequest;
import fr.passerelle.sandbox.SandboxResponse;
import fr.passerelle.sandbox.SandboxServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The ERP sandbox answered in-process (no socket): data, auth, queries, upserts, actions. */
class ErpSandboxTest {

    private static final String BASE = "/entity/Default/24.200.001/";
    /** One demo company for the class: generating it is the slow part, and no test needs a pristine one. */
    private static final ErpSandbox sandbox = new ErpSandbox();
    private String cookie;

    @BeforeEach
    void signIn() {
        sandbox.sessionLimit(3);
        cookie = login();
    }

    @AfterEach
    void signOut() {
        sandbox.handle(request("POST", "/entity/auth/logout", "", Map.of("cookie", List.of(cookie))));
    }

    @Test
    void generatesTheDemoCompanyQuicklyAndAlwaysTheSame() {
        ErpSandbox.Options fixedTime = new ErpSandbox.Options("admin", "Sandbox!2024", "Passerelle", 3,
                java.time.Duration.ofMinutes(20), 42L, java.time.Clock.fixed(java.time.Instant.parse(
                        "2026-11-28T08:00:00Z"), java.time.ZoneOffset.UTC));
        ErpSandbox first = new ErpSandbox(fixedTime);
        long started = System.nanoTime();
        ErpSandbox again = new ErpSandbox(fixedTime);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).as("generation time (warm JVM; about 0.5 s on an idle machine)").isLessThan(4000);
        assertThat(again.count("StockItem")).isEqualTo(first.count("StockItem")).isGreaterThanOrEqualTo(2000);
        assertThat(again.record("StockItem", "VET00001").orElseThrow().toString())
                .isEqualTo(first.record("StockItem", "VET00001").orElseThrow().toString());
        assertThat(again.record("Customer", "C00321").orElseThrow().toString())
                .isEqualTo(first.record("Customer", "C00321").orElseThrow().toString());
        assertThat(sandbox.count("Customer")).isEqualTo(500);
        assertThat(sandbox.count("Warehouse")).isEqualTo(3);
        assertThat(sandbox.count("TaxCategory")).isEqualTo(4);
        assertThat(sandbox.count("TemplateItems")).isGreaterThan(0);
        assertThat(sandbox.count("KitSpecification")).isGreaterThan(0);
        assertThat(sandbox.count("CustomerPriceClass")).isEqualTo(4);
        assertThat(sandbox.count("SalesPriceWorksheet")).isGreaterThan(3);
    }

    @Test
    void demoDataHasTheCasesFlowsMustHandle() {
        JsonNode all = json(get("StockItem?$expand=Attributes,CrossReferences&$custom=ItemSettings.UsrBrand"));
        int inactive = 0;
        int variants = 0;
        int blankCat6 = 0;
        int invalidBarcodes = 0;
        int multiMaterial = 0;
        Set<String> brands = new HashSet<>();
        for (JsonNode item : all) {
            inactive += "Inactive".equals(item.path("ItemStatus").path("value").asString("")) ? 1 : 0;
            variants += item.has("TemplateItemID") ? 1 : 0;
            for (JsonNode attribute : item.path("Attributes")) {
                String id = attribute.path("AttributeID").path("value").asString();
                JsonNode value = attribute.path("Value").path("value");
                blankCat6 += id.equals("CAT6") && value.isMissingNode() ? 1 : 0;
                multiMaterial += id.equals("MATIERE") && value.asString("").contains(",") ? 1 : 0;
            }
            String ean = item.path("CrossReferences").get(0).path("AlternateID").path("value").asString();
            invalidBarcodes += fr.passerelle.sandbox.erp.demo.CodesAccess.validEan(ean) ? 0 : 1;
            JsonNode brand = item.path("custom").path("ItemSettings").path("UsrBrand").path("value");
            if (brand.isString()) {
                brands.add(brand.asString());
            }
        }
        assertThat(inactive).isBetween(50, 200);
        assertThat(variants).isGreaterThan(500);
        assertThat(blankCat6).isGreaterThan(1000);
        assertThat(multiMaterial).isGreaterThan(50);
        assertThat(invalidBarcodes).isBetween(5, 120);
        assertThat(brands).hasSizeGreaterThan(5);
        JsonNode customers = json(get("Customer?$filter=Status eq 'Inactive'&$select=CustomerID"));
        assertThat(customers.size()).isBetween(5, 60);
    }

    @Test
    void refusesCallsWithoutASession() {
        SandboxResponse response = sandbox.handle(request("GET", BASE + "StockItem", "", Map.of()));
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void capsSessionsAtTheLicenceLimitAndFreesThemOnLogout() {
        sandbox.sessionLimit(2);
        String second = login();
        SandboxResponse refused = sandbox.handle(request("POST", "/entity/auth/login",
                "{\"name\":\"admin\",\"password\":\"Sandbox!2024\"}", Map.of()));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("API Login Limit");
        assertThat(sandbox.sessionCount()).isEqualTo(2);
        sandbox.handle(request("POST", "/entity/auth/logout", "", Map.of("cookie", List.of(second))));
        assertThat(sandbox.sessionCount()).isEqualTo(1);
        sandbox.sessionLimit(3);
    }

    @Test
    void pagesWithTopAndSkipAndShapesWithSelect() {
        JsonNode first = json(get("StockItem?$top=10&$skip=0&$select=InventoryID,Description"));
        JsonNode second = json(get("StockItem?$top=10&$skip=10&$select=InventoryID"));
        assertThat(first.size()).isEqualTo(10);
        assertThat(first.get(0).has("DefaultPrice")).isFalse();
        assertThat(first.get(0).has("Attributes")).isFalse();
        assertThat(first.get(0).path("InventoryID").path("value").asString())
                .isNotEqualTo(second.get(0).path("InventoryID").path("value").asString());
    }

    /** CUS-8: a customer changed as a user would is read again by the next incremental read, contacts and all. */
    @Test
    void aChangedCustomerIsSeenByAnIncrementalReadWithItsContactsFollowingTheMainContact() {
        // in UTC with a Z: a '+' in a query string would read as a space
        String before = java.time.OffsetDateTime.parse(sandbox.record("Customer", "C00042").orElseThrow()
                .path("LastModifiedDateTime").path("value").asString()).toInstant().toString();

        sandbox.changeCustomer("C00042", "MainContact/LastName", "Nouveau-Nom");

        JsonNode changed = json(get("Customer?$filter=LastModifiedDateTime gt datetimeoffset'" + before + "'"
                + "&$expand=MainContact,BillingContact,ShippingContact"));
        assertThat(changed).extracting(c -> c.path("CustomerID").path("value").asString()).contains("C00042");
        JsonNode customer = java.util.stream.StreamSupport.stream(changed.spliterator(), false)
                .filter(c -> c.path("CustomerID").path("value").asString().equals("C00042")).findFirst().orElseThrow();
        for (String contact : List.of("MainContact", "BillingContact", "ShippingContact")) {
            assertThat(customer.path(contact).path("LastName").path("value").asString()).as(contact)
                    .isEqualTo("Nouveau-Nom");
        }
    }

    @Test
    void answersBadFiltersWith400() {
        SandboxResponse response = sandbox.handle(request("GET", BASE + "StockItem", "$filter=Description eq",
                Map.of("cookie", List.of(cookie))));
        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void refusesAnOrderForAnUnknownItemWithFieldErrorsOnTheLine() {
        SandboxResponse response = put("SalesOrder", """
                {"CustomerID":{"value":"C00002"},"Details":[{"InventoryID":{"value":"NOPE"},"OrderQty":{"value":1}}]}
                """);
        assertThat(response.status()).isEqualTo(422);
        JsonNode body = json(response);
        assertThat(body.path("error").asString()).contains("raised at least one error");
        assertThat(body.path("Details").get(0).path("InventoryID").path("error").asString()).contains("NOPE");
    }

    @Test
    void insertOnlyPutAnswers412WhenTheRecordExists() {
        SandboxResponse response = sandbox.handle(request("PUT", BASE + "Customer", "", Map.of("cookie",
                List.of(cookie), "if-none-match", List.of("*")), "{\"CustomerID\":{\"value\":\"C00001\"}}"));
        assertThat(response.status()).isEqualTo(412);
    }

    @Test
    void runsActionsAsynchronouslyWith202AndLocation() {
        String orderNbr = json(put("SalesOrder", """
                {"CustomerID":{"value":"C00002"},"Hold":{"value":false},
                 "Details":[{"InventoryID":{"value":"EPI00401"},"OrderQty":{"value":2}}]}
                """)).path("OrderNbr").path("value").asString();
        SandboxResponse started = sandbox.handle(request("POST", BASE + "SalesOrder/SalesOrderCreateShipment",
                "{\"entity\":{\"OrderType\":{\"value\":\"SO\"},\"OrderNbr\":{\"value\":\"" + orderNbr + "\"}}}",
                Map.of("cookie", List.of(cookie))));
        assertThat(started.status()).isEqualTo(202);
        String location = started.headers().get("Location").get(0);
        assertThat(location).startsWith("/sandbox/erp/entity/Default/24.200.001/SalesOrder/SalesOrderCreateShipment/status/");
        String path = location.substring("/sandbox/erp".length());
        assertThat(sandbox.handle(request("GET", path, "", Map.of("cookie", List.of(cookie)))).status()).isEqualTo(202);
        assertThat(sandbox.handle(request("GET", path, "", Map.of("cookie", List.of(cookie)))).status()).isEqualTo(204);
        assertThat(sandbox.record("SalesOrder", "SO", orderNbr).orElseThrow().path("Status").path("value").asString())
                .isEqualTo("Shipping");
    }

    @Test
    void movesAnOrderOnToAShipmentWithTrackingAndAnInvoice() {
        String orderNbr = json(put("SalesOrder", """
                {"CustomerID":{"value":"C00002"},"Details":[{"InventoryID":{"value":"EPI00401"},"OrderQty":{"value":1}}]}
                """)).path("OrderNbr").path("value").asString();
        ErpSandbox.DocumentTrail trail = sandbox.moveOn("SO", orderNbr, "6A12345678901");
        JsonNode shipment = sandbox.record("Shipment", trail.shipmentNbr()).orElseThrow();
        assertThat(shipment.path("Packages").get(0).path("TrackingNbr").path("value").asString())
                .isEqualTo("6A12345678901");
        JsonNode invoice = sandbox.record("SalesInvoice", "Invoice", trail.invoiceNbr()).orElseThrow();
        assertThat(invoice.path("Status").path("value").asString()).isEqualTo("Open");
        assertThat(sandbox.record("SalesOrder", "SO", orderNbr).orElseThrow().path("Status").path("value").asString())
                .isEqualTo("Completed");
    }

    private String login() {
        SandboxResponse response = sandbox.handle(request("POST", "/entity/auth/login",
                "{\"name\":\"admin\",\"password\":\"Sandbox!2024\",\"tenant\":\"Passerelle\"}", Map.of()));
        assertThat(response.status()).isEqualTo(204);
        List<String> cookies = new ArrayList<>();
        for (String setCookie : response.headers().get("Set-Cookie")) {
            cookies.add(setCookie.substring(0, setCookie.indexOf(';')));
        }
        return String.join("; ", cookies);
    }

    private SandboxResponse get(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        return sandbox.handle(request("GET", BASE + path, query, Map.of("cookie", List.of(cookie))));
    }

    private SandboxResponse put(String entity, String body) {
        return sandbox.handle(request("PUT", BASE + entity, "$expand=Details", Map.of("cookie", List.of(cookie)), body));
    }

    /** POST carries its text as the body; other methods as the query string. */
    private static SandboxRequest request(String method, String path, String queryOrBody,
            Map<String, List<String>> headers) {
        return method.equals("POST") ? request(method, path, "", headers, queryOrBody)
                : request(method, path, queryOrBody, headers, "");
    }

    private static SandboxRequest request(String method, String path, String query, Map<String, List<String>> headers,
            String body) {
        return new SandboxRequest(method, path, SandboxServer.parseQuery(encode(query)), headers,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String query) {
        return query.replace(" ", "%20").replace("'", "%27");
    }

    private static JsonNode json(SandboxResponse response) {
        return Wire.JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
    }
}
