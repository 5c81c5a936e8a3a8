package fr.passerelle.connector.erp.cegid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.ErpSession;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.sandbox.Faults;
import fr.passerelle.sandbox.RequestLog;
import fr.passerelle.sandbox.SandboxServer;
import fr.passerelle.sandbox.erp.ErpSandbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the connector does when the ERP throttles, fails, stalls or runs out of licence seats. */
class CegidFaultsIT {

    private ErpSandbox sandbox;
    private SandboxServer server;
    private Faults faults;
    private RequestLog log;
    private final SessionLedger ledger = new SessionLedger(java.time.Clock.systemUTC());

    @BeforeEach
    void start() {
        sandbox = new ErpSandbox();
        server = SandboxServer.start(0, sandbox);
        faults = server.host().faults(ErpSandbox.ID);
        log = server.host().log(ErpSandbox.ID);
    }

    @AfterEach
    void stop() {
        assertThat(sandbox.sessionCount()).as("sessions left open").isZero();
        server.close();
    }

    @Test
    void waitsAsToldByRetryAfterWhenThrottledThenSucceeds() {
        try (ErpSession session = open(Map.of())) {
            faults.throttleNext(1, 1);
            Instant start = Instant.now();
            Page page = session.read("erp.warehouse", ReadRequest.all(10));
            assertThat(page.records()).hasSize(3);
            assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
            assertThat(log.count(e -> e.status() == 429)).isEqualTo(1);
        }
    }

    @Test
    void retriesServerErrorsABoundedNumberOfTimesThenReportsThem() {
        try (ErpSession session = open(Map.of("maxAttempts", "3"))) {
            faults.failNext(2, 500);
            assertThat(session.read("erp.warehouse", ReadRequest.all(10)).records()).hasSize(3);
            log.clear();
            faults.failNext(100, 500);
            assertThatThrownBy(() -> session.read("erp.warehouse", ReadRequest.all(10)))
                    .isInstanceOfSatisfying(ConnectorException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(500);
                        assertThat(e.retryable()).isTrue();
                    });
            assertThat(log.count(e -> e.path().endsWith("/Warehouse"))).isEqualTo(3);
            faults.reset();
        }
    }

    @Test
    void neverRetriesACreateThatMayHaveHappenedButReportsItRetryable() {
        try (ErpSession session = open(Map.of())) {
            session.discoverFields("erp.sales-order");
            faults.failNext(1, 500);
            Map<String, Object> order = new HashMap<>(Map.of("orderType", "SO", "customerId", "C00002",
                    "lines", List.of(Map.of("inventoryId", "EPI00402", "quantity", BigDecimal.ONE))));
            List<WriteResult> results = session.write("erp.sales-order", List.of(new WriteRequest("WEB-9", null,
                    order)));
            assertThat(results.get(0).outcome()).isEqualTo(WriteResult.Outcome.FAILED);
            assertThat(results.get(0).retryable()).isTrue();
            assertThat(log.count(e -> e.method().equals("PUT"))).isEqualTo(1);
        }
    }

    @Test
    void aStalledErpEndsTheCallInsteadOfHangingTheRun() {
        try (ErpSession session = open(Map.of("timeoutMillis", "300", "maxAttempts", "2"))) {
            faults.delay(3_000);
            Instant start = Instant.now();
            assertThatThrownBy(() -> session.read("erp.warehouse", ReadRequest.all(10)))
                    .isInstanceOfSatisfying(ConnectorException.class, e -> {
                        assertThat(e.httpStatus()).isZero();
                        assertThat(e.retryable()).isTrue();
                        assertThat(e.getMessage()).contains("no answer within 300 ms");
                    });
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(2_500));
            faults.delay(0);
        }
    }

    @Test
    void logsOutStaleSessionsWhenTheLicenceRefusesALoginThenSignsIn() {
        sandbox.sessionLimit(1);
        ErpSession abandoned = open(Map.of("staleSessionMillis", "0"));
        // a crashed run never closed `abandoned`; the next run must still get in
        try (ErpSession next = open(Map.of("staleSessionMillis", "0"))) {
            assertThat(next.read("erp.warehouse", ReadRequest.all(10)).records()).hasSize(3);
            assertThat(sandbox.sessionCount()).isEqualTo(1);
            assertThat(log.count(e -> e.path().equals("/entity/auth/login") && e.status() == 429)).isEqualTo(1);
        }
        abandoned.close();
    }

    @Test
    void reportsTheLoginLimitClearlyWhenNoSessionCanBeFreed() {
        sandbox.sessionLimit(1);
        try (ErpSession busy = open(Map.of())) {
            assertThatThrownBy(() -> open(Map.of("loginAttempts", "2")))
                    .isInstanceOfSatisfying(ConnectorException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(429);
                        assertThat(e.getMessage()).contains("API Login Limit");
                    });
            assertThat(busy.read("erp.warehouse", ReadRequest.all(10)).records()).hasSize(3);
        }
    }

    @Test
    void waitsForASlowActionToFinish() {
        sandbox.actionPolls(3);
        try (ErpSession session = open(Map.of())) {
            String order = session.write("erp.sales-order", List.of(new WriteRequest("WEB-10", null, Map.of(
                    "orderType", "SO", "customerId", "C00002", "customerOrder", "WEB-10", "lines",
                    List.of(Map.of("inventoryId", "EPI00402", "quantity", BigDecimal.ONE)))))).get(0).targetId();
            WriteResult payment = session.write("erp.payment", List.of(new WriteRequest("P-10", null, Map.of(
                    "customerId", "C00002", "amount", new BigDecimal("1.00"), "orders", List.of(Map.of("orderType",
                            "SO", "orderNbr", order.split("/")[1], "applied", new BigDecimal("1.00"))))))).get(0);
            assertThat(payment.outcome()).as("%s", payment.error()).isEqualTo(WriteResult.Outcome.CREATED);
            assertThat(log.count(e -> e.path().contains("/ReleasePayment/status/") && e.status() == 202)).isEqualTo(3);
            assertThat(log.count(e -> e.path().contains("/ReleasePayment/status/") && e.status() == 204)).isEqualTo(1);
        }
    }

    @Test
    @org.junit.jupiter.api.DisplayName("Issue 11 defect: a status poll answering 202 without Location polls the same URL again")
    void aStatusPollWithoutLocationIsAskedAgain() {
        sandbox.actionPolls(2);
        try (ErpSession session = open(Map.of())) {
            String order = session.write("erp.sales-order", List.of(new WriteRequest("WEB-11", null, Map.of(
                    "orderType", "SO", "customerId", "C00002", "customerOrder", "WEB-11", "lines",
                    List.of(Map.of("inventoryId", "EPI00402", "quantity", BigDecimal.ONE)))))).get(0).targetId();
            WriteResult payment = session.write("erp.payment", List.of(new WriteRequest("P-11", null, Map.of(
                    "customerId", "C00002", "amount", new BigDecimal("1.00"), "externalRef", "WEB-11/1", "currency", "EUR",
                    "orders", List.of(Map.of("orderType", "SO", "orderNbr", order.split("/")[1], "applied",
                            new BigDecimal("1.00"))))))).get(0);
            assertThat(payment.outcome()).as("%s", payment.error()).isEqualTo(WriteResult.Outcome.CREATED);
            assertThat(payment.targetId()).as("the created payment's id is kept").startsWith("Payment/");
            String status = log.entries().stream().filter(e -> e.path().contains("/ReleasePayment/status/"))
                    .map(RequestLog.Entry::path).findFirst().orElseThrow();
            assertThat(log.count(e -> e.path().equals(status))).as("the same status URL polled").isEqualTo(3);
            ObjectNodeView saved = new ObjectNodeView(sandbox.record("Payment", payment.targetId().split("/")).orElseThrow());
            assertThat(saved.text("ExternalRef")).isEqualTo("WEB-11/1");
            assertThat(saved.text("CurrencyID")).isEqualTo("EUR");
        }
    }

    @Test
    @org.junit.jupiter.api.DisplayName("Issue 11 exactly once: a create that failed with 500 is searched by its reference before it is sent again")
    void aFailedCreateIsSearchedByReferenceBeforeItIsSentAgain() {
        try (ErpSession session = open(Map.of())) {
            session.discoverFields("erp.sales-order");
            faults.failNext(2, 500, "PUT");
            Map<String, Object> order = new HashMap<>(Map.of("orderType", "SO", "customerId", "C00002",
                    "customerOrder", "WEB-12", "lines", List.of(Map.of("inventoryId", "EPI00402", "quantity",
                            BigDecimal.ONE, "externalRef", "line-1"))));
            List<WriteResult> results = session.write("erp.sales-order", List.of(new WriteRequest("WEB-12", null,
                    order)));
            assertThat(results.get(0).outcome()).as("%s", results.get(0).error()).isEqualTo(WriteResult.Outcome.CREATED);
            assertThat(log.count(e -> e.method().equals("PUT"))).isEqualTo(3);
            assertThat(log.count(e -> e.method().equals("GET") && e.query().contains("CustomerOrder"))).isEqualTo(2);
            ObjectNodeView saved = new ObjectNodeView(sandbox.record("SalesOrder", results.get(0).targetId().split("/"))
                    .orElseThrow());
            assertThat(saved.node().path("Details").get(0).path("ExternalRef").path("value").asString())
                    .as("per-line ExternalRef kept").isEqualTo("line-1");
            assertThat(saved.node().has("LastModified")).as("SalesOrder has LastModified").isTrue();
        }
    }

    @Test
    @org.junit.jupiter.api.DisplayName("Issue 11 defect: a 500 'No entity satisfies the condition' is a not-found, not retried")
    void noEntitySatisfiesTheConditionIsNotFoundAndNotRetried() {
        AcumaticaHttp.Answer answer = new AcumaticaHttp.Answer(500, Map.of(), ("{\"message\":\"An error has occurred.\","
                + "\"exceptionMessage\":\"No entity satisfies the condition.\",\"exceptionType\":"
                + "\"PX.Api.ContractBased.NoEntitySatisfiesTheConditionException\"}").getBytes());
        ConnectorException e = CegidCalls.failure(answer, "read erp.sales-order");
        assertThat(e.retryable()).isFalse();
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(CegidCalls.notFound(answer)).isTrue();
    }

    /** A sandbox record in wire shape. */
    private record ObjectNodeView(tools.jackson.databind.node.ObjectNode node) {
        String text(String field) {
            return node.path(field).path("value").asString();
        }
    }

    private ErpSession open(Map<String, String> extra) {
        Map<String, String> options = new HashMap<>(Map.of("retryDelayMillis", "20", "maxDelayMillis", "2000"));
        options.putAll(extra);
        ConnectionSettings settings = new ConnectionSettings(server.baseUrl(ErpSandbox.ID),
                Map.of("user", "admin", "password", "Sandbox!2024", "tenant", "Passerelle"), options);
        return new CegidXrpFlexConnector(EndpointMapLoader.defaults(), ledger).open(settings);
    }
}
