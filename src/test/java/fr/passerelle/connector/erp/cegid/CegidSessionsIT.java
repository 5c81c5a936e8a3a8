package fr.passerelle.connector.erp.cegid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.ErpSession;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.sandbox.SandboxServer;
import fr.passerelle.sandbox.erp.ErpSandbox;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ways in: OAuth password grant, an expired cookie session, the endpoint chosen per tenant. */
class CegidSessionsIT {

    private ErpSandbox sandbox;
    private SandboxServer server;

    @BeforeEach
    void start() {
        start(Duration.ofMinutes(20));
    }

    private void start(Duration idleTimeout) {
        sandbox = new ErpSandbox(new ErpSandbox.Options("admin", "Sandbox!2024", "Passerelle", 3, idleTimeout, 7L,
                Clock.systemUTC()));
        server = SandboxServer.start(0, sandbox);
    }

    @AfterEach
    void stop() {
        assertThat(sandbox.sessionCount()).isZero();
        server.close();
    }

    @Test
    void signsInWithTheOAuthPasswordGrantWithoutHoldingACookieSession() {
        try (ErpSession session = open(Map.of("user", "admin", "password", "Sandbox!2024",
                "clientId", "5A0B3C1D-0000-4E2F-8A9B-0C1D2E3F4A5B@Passerelle", "clientSecret", "s"), Map.of())) {
            assertThat(session.read("erp.warehouse", ReadRequest.all(10)).records()).hasSize(3);
            assertThat(sandbox.sessionCount()).isZero();
        }
    }

    @Test
    void signsInAgainWhenTheErpDroppedAnIdleSession() throws InterruptedException {
        server.close();
        start(Duration.ofSeconds(3));
        try (ErpSession session = open(credentials(), Map.of())) {
            assertThat(session.read("erp.warehouse", ReadRequest.all(10)).records()).hasSize(3);
            Thread.sleep(3_500);
            assertThat(sandbox.sessionCount()).as("the ERP timed the session out").isZero();
            assertThat(session.read("erp.warehouse", ReadRequest.all(10)).records()).hasSize(3);
        }
    }

    @Test
    void worksOnAnExtendedEndpointChosenPerConnection() {
        try (ErpSession session = open(credentials(), Map.of("endpoint", "AtooSync"))) {
            assertThat(session.read("erp.price-class", ReadRequest.all(10)).records()).hasSize(4);
        }
    }

    @Test
    void namesTheEndpointsTheInstanceOffersWhenTheConfiguredOneIsMissing() {
        assertThatThrownBy(() -> open(credentials(), Map.of("version", "20.200.001")))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.getMessage())
                        .contains("no endpoint Default/20.200.001").contains("AtooSync/24.200.001"));
    }

    private static Map<String, String> credentials() {
        return Map.of("user", "admin", "password", "Sandbox!2024", "tenant", "Passerelle");
    }

    private ErpSession open(Map<String, String> credentials, Map<String, String> extra) {
        Map<String, String> options = new HashMap<>(Map.of("retryDelayMillis", "20"));
        options.putAll(extra);
        return new CegidXrpFlexConnector().open(new ConnectionSettings(server.baseUrl(ErpSandbox.ID), credentials,
                options));
    }
}
