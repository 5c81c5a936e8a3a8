package fr.passerelle.connector.erp.cegid;

import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ErpConnector;
import fr.passerelle.connector.erp.ErpConnectorContractTest;
import fr.passerelle.sandbox.SandboxServer;
import fr.passerelle.sandbox.erp.ErpSandbox;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Cegid XRP Flex connector against the ERP sandbox on a random port (ART-*, STK-*, CUS-*, ORD-*, PAY-*, PST-*). */
class CegidXrpFlexContractIT extends ErpConnectorContractTest {

    private static ErpSandbox sandbox;
    private static SandboxServer server;

    @BeforeAll
    static void startSandbox() {
        sandbox = new ErpSandbox();
        server = SandboxServer.start(0, sandbox);
    }

    @AfterAll
    static void stopSandbox() {
        server.close();
    }

    @Override
    protected ErpConnector connector() {
        return new CegidXrpFlexConnector();
    }

    @Override
    protected ConnectionSettings settings() {
        return new ConnectionSettings(server.baseUrl(ErpSandbox.ID),
                Map.of("user", "admin", "password", "Sandbox!2024", "tenant", "Passerelle"),
                Map.of("retryDelayMillis", "20", "timeoutMillis", "10000"));
    }

    @Override
    protected int itemCount() {
        return sandbox.count("StockItem");
    }

    @Override
    protected Instant sandboxNow() {
        return Instant.now();
    }

    @Override
    protected void changeItems(List<String> itemKeys) {
        itemKeys.forEach(id -> sandbox.changeItem(id, "Description", "Modifié " + id));
    }

    @Override
    protected void setStock(String itemKey, String warehouse, java.math.BigDecimal quantity) {
        sandbox.setStock(itemKey, warehouse, quantity);
    }

    @Override
    protected void moveOn(String orderKey, String trackingNbr) {
        String[] key = orderKey.split("/");
        sandbox.moveOn(key[0], key[1], trackingNbr);
    }

    @Override
    protected int openSessions() {
        return sandbox.sessionCount();
    }

    @Override
    protected String itemFilter() {
        return "ItemClass eq 'EPICERIE' and DefaultPrice gt 10.00M";
    }

    @Override
    protected String knownCustomer() {
        return "C00002";
    }

    @Override
    protected List<String> orderItems() {
        return List.of("VET00002", "MAI00700", "EPI00402");
    }
}
