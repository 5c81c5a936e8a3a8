package fr.passerelle.connector.shop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorRegistry;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.ShopConnector;
import fr.passerelle.connector.ShopSession;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.sandbox.Faults;
import fr.passerelle.sandbox.RequestLog;
import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.SandboxServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every shop connector must do against its sandbox over real HTTP (random port). Each shop
 * subclasses it with the payloads its mappings produce and the way to look inside its sandbox;
 * the scenarios and the assertions (what a user would notice in the shop) live here.
 */
public abstract class ShopConnectorContractTest {

    protected SandboxServer server;
    protected ShopSession session;

    /** A fresh sandbox for each test. */
    protected abstract SandboxApp newSandbox();

    /** Connection settings for the sandbox at this URL, with short retry delays. */
    protected abstract ConnectionSettings settings(String baseUrl);

    protected abstract String connectorId();

    protected abstract String productEntity();

    protected abstract Map<String, @Nullable Object> product(String sku, String name, String price);

    /** A product the shop refuses (the mapping let a bad value through). */
    protected abstract Map<String, @Nullable Object> invalidProduct(String sku);

    protected abstract Map<String, @Nullable Object> deactivated(String sku);

    /** Writes a product with a variant per size; returns the SKUs of the variants in the shop. */
    protected abstract List<String> writeProductWithVariants(String sku, List<String> sizes);

    /** Writes the category path; returns the id of the deepest category. */
    protected abstract String writeCategoryPath(List<String> levels);

    protected abstract void writeStock(String sku, int quantity);

    protected abstract void writePrice(String sku, String price);

    /** Writes a customer with an address and the ERP customer code; returns the shop's id. */
    protected abstract WriteResult writeCustomer(String email, String lastName, String erpCode);

    /** Seeds orders in the sandbox. */
    protected abstract void seedOrders(int count);

    protected abstract String orderEntity();

    /** Writes the shipped status, the ERP document number and a tracking number to the order. */
    protected abstract void writeBack(String orderId, String documentNumber, String trackingNumber);

    // ---- looking inside the sandbox ----

    protected abstract long productsWithSku(String sku);

    protected abstract String productName(String sku);

    protected abstract boolean productActive(String sku);

    protected abstract List<String> categoryNames(String categoryId);

    protected abstract int categoryCount();

    protected abstract long stockOf(String sku);

    protected abstract String priceOf(String sku);

    protected abstract long customersWithEmail(String email);

    protected abstract String customerErpCode(String email);

    protected abstract void assertWrittenBack(String orderId, String documentNumber, String trackingNumber);

    /** An order read from the shop carries what the ERP import needs. */
    protected abstract void assertOrderShape(CanonicalRecord order);

    @BeforeEach
    void startSandbox() {
        server = SandboxServer.start(0, newSandbox());
        ShopConnector connector = ConnectorRegistry.load().shop(connectorId()).orElseThrow();
        session = connector.open(settings(server.baseUrl(connectorId())));
    }

    @AfterEach
    void stopSandbox() {
        session.close();
        server.close();
    }

    protected Faults faults() {
        return server.host().faults(connectorId());
    }

    protected RequestLog log() {
        return server.host().log(connectorId());
    }

    @Test
    void createsAProductThenUpdatesItWithoutDuplicateWhenTheIdLinkIsLost() {
        WriteResult created = session.write(productEntity(), List.of(new WriteRequest("A1", null, product("A1", "Pull", "10.00")))).getFirst();
        assertThat(created.outcome()).isEqualTo(WriteResult.Outcome.CREATED);

        WriteResult again = session.write(productEntity(), List.of(new WriteRequest("A1", null, product("A1", "Pull rouge", "10.00")))).getFirst();

        assertThat(again.outcome()).isEqualTo(WriteResult.Outcome.UPDATED);
        assertThat(again.targetId()).isEqualTo(created.targetId());
        assertThat(productsWithSku("A1")).isEqualTo(1);
        assertThat(productName("A1")).isEqualTo("Pull rouge");
        assertThat(session.findId(productEntity(), "sku", "A1")).contains(created.targetId());
    }

    @Test
    void updatesThroughTheIdLink() {
        String id = session.write(productEntity(), List.of(new WriteRequest("B1", null, product("B1", "Veste", "50.00")))).getFirst().targetId();

        WriteResult updated = session.write(productEntity(), List.of(new WriteRequest("B1", id, product("B1", "Veste longue", "55.00")))).getFirst();

        assertThat(updated.outcome()).isEqualTo(WriteResult.Outcome.UPDATED);
        assertThat(productName("B1")).isEqualTo("Veste longue");
        assertThat(productsWithSku("B1")).isEqualTo(1);
    }

    @Test
    void deactivatesADormantItemInsteadOfDeletingIt() {
        String id = session.write(productEntity(), List.of(new WriteRequest("C1", null, product("C1", "Gilet", "30.00")))).getFirst().targetId();
        assertThat(productActive("C1")).isTrue();

        session.write(productEntity(), List.of(new WriteRequest("C1", id, deactivated("C1"))));

        assertThat(productActive("C1")).isFalse();
        assertThat(productsWithSku("C1")).isEqualTo(1);
    }

    @Test
    void writesAProductWithVariants() {
        List<String> skus = writeProductWithVariants("T1", List.of("S", "M", "L"));

        assertThat(skus).containsExactlyInAnyOrder("T1-S", "T1-M", "T1-L");
        assertThat(writeProductWithVariants("T1", List.of("S", "M", "L"))).hasSize(3);
    }

    @Test
    void buildsACategoryTreeOnSixLevelsAndFindsItAgain() {
        List<String> levels = List.of("Maison", "Cuisine", "Ustensiles", "Couteaux", "Japonais", "Santoku");
        String deepest = writeCategoryPath(levels);
        int count = categoryCount();

        assertThat(categoryNames(deepest)).containsExactlyElementsOf(levels);
        assertThat(writeCategoryPath(levels)).isEqualTo(deepest);
        assertThat(categoryCount()).isEqualTo(count);
    }

    @Test
    void updatesStockAndPrice() {
        session.write(productEntity(), List.of(new WriteRequest("S1", null, product("S1", "Bol", "8.00"))));

        writeStock("S1", 7);
        writePrice("S1", "12.50");

        assertThat(stockOf("S1")).isEqualTo(7);
        assertThat(priceOf("S1")).isEqualTo("12.50");
    }

    @Test
    void createsACustomerWithTheErpCodeAndAdoptsItByEmail() {
        WriteResult first = writeCustomer("marie@example.fr", "Curie", "C0001");
        WriteResult second = writeCustomer("marie@example.fr", "Curie-Skłodowska", "C0001");

        assertThat(first.outcome()).isEqualTo(WriteResult.Outcome.CREATED);
        assertThat(second.outcome()).isEqualTo(WriteResult.Outcome.UPDATED);
        assertThat(second.targetId()).isEqualTo(first.targetId());
        assertThat(customersWithEmail("marie@example.fr")).isEqualTo(1);
        assertThat(customerErpCode("marie@example.fr")).isEqualTo("C0001");
    }

    @Test
    void reads250OrdersAcrossPages() {
        seedOrders(250);
        Set<String> keys = new HashSet<>();
        List<CanonicalRecord> all = new ArrayList<>();
        ReadRequest request = ReadRequest.all(100);
        int pages = 0;
        Page page;
        do {
            page = session.read(orderEntity(), request);
            pages++;
            page.records().forEach(r -> keys.add(r.key()));
            all.addAll(page.records());
            if (page.nextCursor() != null) {
                request = request.next(page.nextCursor());
            }
        } while (!page.last());

        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(keys).hasSize(250);
        assertOrderShape(all.getFirst());
    }

    @Test
    void writesStatusDocumentNumberAndTrackingBack() {
        seedOrders(1);
        String orderId = session.read(orderEntity(), ReadRequest.all(10)).records().getFirst().key();

        writeBack(orderId, "FA-2026-0042", "6A12345678901");

        assertWrittenBack(orderId, "FA-2026-0042", "6A12345678901");
    }

    @Test
    void waitsAndRetriesWhenTheShopThrottles() {
        faults().throttleNext(2, 1);
        long start = System.nanoTime();

        WriteResult result = session.write(productEntity(), List.of(new WriteRequest("R1", null, product("R1", "Tasse", "4.00")))).getFirst();

        assertThat(result.succeeded()).isTrue();
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(1900);
        assertThat(log().count(e -> e.status() == 429)).isEqualTo(2);
        assertThat(productsWithSku("R1")).isEqualTo(1);
    }

    @Test
    void retriesServerErrors() {
        faults().failNext(2, 503);

        WriteResult result = session.write(productEntity(), List.of(new WriteRequest("R2", null, product("R2", "Verre", "3.00")))).getFirst();

        assertThat(result.succeeded()).isTrue();
        assertThat(productsWithSku("R2")).isEqualTo(1);
    }

    @Test
    void aBatchWithOneInvalidRecordReportsItAndKeepsTheOther99() {
        List<WriteRequest> batch = IntStream.range(0, 100).mapToObj(i -> i == 42
                ? new WriteRequest("K42", null, invalidProduct("K42"))
                : new WriteRequest("K" + i, null, product("K" + i, "Article " + i, "1.00"))).toList();

        List<WriteResult> results = session.write(productEntity(), batch);

        assertThat(results).hasSize(100);
        assertThat(results.stream().filter(r -> !r.succeeded()).map(WriteResult::key)).containsExactly("K42");
        assertThat(results.get(42).error()).isNotBlank();
        assertThat(results.get(43).key()).isEqualTo("K43");
        assertThat(IntStream.range(0, 100).filter(i -> i != 42).mapToLong(i -> productsWithSku("K" + i)).sum()).isEqualTo(99);
    }
}
