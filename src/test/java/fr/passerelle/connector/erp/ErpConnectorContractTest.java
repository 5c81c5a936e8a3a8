package fr.passerelle.connector.erp;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ErpConnector;
import fr.passerelle.connector.ErpSession;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FileContent;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every ERP connector must do against its sandbox over real HTTP: the reads the ERP-to-shop
 * flows need, the writes the shop-to-ERP flows need, documents read back after the ERP moved them
 * on, and no session left open. Each connector extends it with its sandbox and its entity names.
 */
public abstract class ErpConnectorContractTest {

    protected ErpSession session;

    /** The connector under test. */
    protected abstract ErpConnector connector();

    /** Settings reaching the sandbox (URL, credentials, small retry delays). */
    protected abstract ConnectionSettings settings();

    /** Items the sandbox holds. */
    protected abstract int itemCount();

    /** The sandbox's clock now (the watermark a run would store). */
    protected abstract Instant sandboxNow();

    /** Changes these items in the ERP as a user would. */
    protected abstract void changeItems(List<String> itemKeys);

    /** Sets the physical stock of an item in a warehouse, as a stock movement would. */
    protected abstract void setStock(String itemKey, String warehouse, BigDecimal quantity);

    /** Ships the order with this tracking number, invoices and releases it (the ERP's users at work). */
    protected abstract void moveOn(String orderKey, String trackingNbr);

    /** API sessions open on the ERP right now. */
    protected abstract int openSessions();

    /** A filter in the ERP's own language selecting items of one class priced above 10. */
    protected abstract String itemFilter();

    /** An active customer of the demo data. */
    protected abstract String knownCustomer();

    /** Three sellable items: two at the standard VAT rate and one at a reduced rate. */
    protected abstract List<String> orderItems();

    @BeforeEach
    void openSession() {
        session = connector().open(settings());
    }

    @AfterEach
    void everySessionIsLoggedOutAtTheEnd() {
        session.close();
        assertThat(openSessions()).as("sessions left open on the ERP").isZero();
    }

    @Test
    void readsEveryItemPageByPage() {
        List<CanonicalRecord> all = readAll("erp.item", new ReadRequest(null, null, 500, null, List.of()));
        assertThat(all).hasSize(itemCount());
        assertThat(new HashSet<>(all.stream().map(CanonicalRecord::key).toList())).hasSize(itemCount());
        CanonicalRecord first = all.get(0);
        assertThat(first.get("inventoryId")).isEqualTo(first.key());
        assertThat(first.get("defaultPrice")).isInstanceOf(BigDecimal.class);
        assertThat(first.modifiedAt()).isNotNull();
        assertThat((List<?>) first.get("warehouses")).isNotEmpty();
    }

    @Test
    void readsOnlyItemsTheFilterSelects() {
        List<CanonicalRecord> selected = readAll("erp.item", new ReadRequest(itemFilter(), null, 200, null,
                List.of()));
        assertThat(selected).isNotEmpty().hasSizeLessThan(itemCount());
        assertThat(selected).allSatisfy(item -> {
            assertThat(item.get("itemClass")).isEqualTo("EPICERIE");
            assertThat((BigDecimal) item.get("defaultPrice")).isGreaterThan(BigDecimal.TEN);
        });
    }

    @Test
    void readsExactlyTheItemsChangedSinceTheWatermark() {
        Instant watermark = sandboxNow();
        List<String> changed = List.of("VET00003", "EPI00450", "MAI00700");
        changeItems(changed);
        List<CanonicalRecord> since = readAll("erp.item", new ReadRequest(null, watermark, 100, null, List.of()));
        assertThat(since).extracting(CanonicalRecord::key).containsExactlyInAnyOrderElementsOf(changed);
    }

    @Test
    void readsTheStockOfOnlyTheItemsWhoseStockMovedPerWarehouse() {
        Instant watermark = sandboxNow();
        setStock("EPI00410", "LYON", new BigDecimal("42"));
        List<CanonicalRecord> moved = readAll("erp.stock", new ReadRequest(null, watermark, 100, null, List.of()));
        assertThat(moved).extracting(CanonicalRecord::key).containsExactly("EPI00410");
        List<?> warehouses = (List<?>) moved.get(0).get("warehouses");
        assertThat(warehouses).anySatisfy(w -> {
            assertThat(((Map<?, ?>) w).get("warehouseId")).isEqualTo("LYON");
            assertThat((BigDecimal) ((Map<?, ?>) w).get("qtyOnHand")).isEqualByComparingTo("42");
        });
    }

    @Test
    void createsAShipmentForAnOrderAndReadsItsPackages() {
        String orderKey = session.write("erp.sales-order", List.of(new WriteRequest("WEB-1007", null,
                order("WEB-1007")))).get(0).targetId();
        String[] key = orderKey.split("/");
        WriteResult shipment = session.write("erp.shipment", List.of(new WriteRequest("WEB-1007-BL", null, Map.of(
                "lines", List.of(Map.of("orderType", key[0], "orderNbr", key[1], "inventoryId", orderItems().get(0),
                        "quantity", new BigDecimal("2"))),
                "packages", List.of(Map.of("boxId", "CARTON", "trackingNbr", "XY123456789FR")))))).get(0);
        assertThat(shipment.outcome()).as("%s", shipment.error()).isEqualTo(WriteResult.Outcome.CREATED);
        CanonicalRecord read = session.read("erp.shipment", new ReadRequest("ShipmentNbr eq '" + shipment.targetId()
                + "'", null, 1, null, List.of())).records().get(0);
        assertThat(read.get("status")).isEqualTo("Open");
        assertThat(((Map<?, ?>) ((List<?>) read.get("packages")).get(0)).get("trackingNbr")).isEqualTo("XY123456789FR");
        assertThat(readOrder(orderKey).get("status")).isEqualTo("Shipping");
    }

    @Test
    void discoversCustomFieldsAndAttributesFromTheLiveErp() {
        List<FieldSchema> fields = session.discoverFields("erp.item");
        assertThat(fields).extracting(FieldSchema::name).contains("custom.ItemSettings.UsrBrand", "attributes.CAT1",
                "attributes.MATIERE");
        assertThat(fields).allMatch(FieldSchema::custom);
        CanonicalRecord item = session.read("erp.item", new ReadRequest("InventoryID eq 'VET00001'", null, 1, null,
                List.of())).records().get(0);
        assertThat(((Map<?, ?>) ((Map<?, ?>) item.get("custom")).get("ItemSettings")).get("UsrWidth"))
                .isInstanceOf(BigDecimal.class);
        assertThat(((Map<?, ?>) item.get("attributes")).containsKey("CAT1")).isTrue();
    }

    @Test
    void createsACustomerAndFindsItByEmail() {
        String email = "nouveau.client@boutique-test.fr";
        assertThat(session.findId("erp.customer", "email", email)).isEmpty();
        List<WriteResult> results = session.write("erp.customer", List.of(new WriteRequest("shop-42", null,
                customer("WEB000042", email))));
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(WriteResult.Outcome.CREATED);
            assertThat(r.targetId()).isEqualTo("WEB000042");
        });
        assertThat(session.findId("erp.customer", "email", email)).contains("WEB000042");
        CanonicalRecord saved = session.read("erp.customer", new ReadRequest("CustomerID eq 'WEB000042'", null, 1,
                null, List.of())).records().get(0);
        assertThat(saved.get("siret")).isEqualTo("73282932000074");
        assertThat(((Map<?, ?>) ((Map<?, ?>) saved.get("main")).get("address")).get("city")).isEqualTo("Nantes");
    }

    @Test
    void writesAnOrderWithThreeLinesFreightAndTwoVatRates() {
        WriteResult result = session.write("erp.sales-order", List.of(new WriteRequest("WEB-1001", null,
                order("WEB-1001")))).get(0);
        assertThat(result.outcome()).as("%s", result.error()).isEqualTo(WriteResult.Outcome.CREATED);
        CanonicalRecord order = readOrder(result.targetId());
        assertThat(order.get("status")).isEqualTo("Open");
        assertThat(order.get("customerOrder")).isEqualTo("WEB-1001");
        assertThat((List<?>) order.get("lines")).hasSize(3);
        List<?> taxes = (List<?>) order.get("taxes");
        assertThat(taxes).extracting(t -> ((BigDecimal) ((Map<?, ?>) t).get("rate")).stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("20", "5.5");
        Map<?, ?> totals = (Map<?, ?>) order.get("totals");
        assertThat((BigDecimal) totals.get("freight")).isEqualByComparingTo("7.90");
        BigDecimal lines = (BigDecimal) totals.get("lines");
        BigDecimal taxTotal = (BigDecimal) order.get("taxTotal");
        assertThat((BigDecimal) order.get("orderTotal")).isEqualByComparingTo(lines.add(new BigDecimal("7.90"))
                .add(taxTotal));
    }

    @Test
    void importsAnOrderOnlyOnceWhateverHappens() {
        WriteResult first = session.write("erp.sales-order", List.of(new WriteRequest("WEB-1002", null,
                order("WEB-1002")))).get(0);
        WriteResult again = session.write("erp.sales-order", List.of(new WriteRequest("WEB-1002", null,
                order("WEB-1002")))).get(0);
        assertThat(again.targetId()).isEqualTo(first.targetId());
        assertThat(again.outcome()).isEqualTo(WriteResult.Outcome.UPDATED);
        assertThat(readAll("erp.sales-order", new ReadRequest("CustomerOrder eq 'WEB-1002'", null, 10, null,
                List.of()))).hasSize(1);
    }

    @Test
    void refusesALineWithAnUnknownItemAndKeepsTheOtherRecords() {
        Map<String, @Nullable Object> bad = order("WEB-1003");
        bad.put("lines", List.of(Map.of("inventoryId", "NO-SUCH-ITEM", "quantity", BigDecimal.ONE)));
        List<WriteResult> results = session.write("erp.sales-order", List.of(new WriteRequest("WEB-1003", null, bad),
                new WriteRequest("WEB-1004", null, order("WEB-1004"))));
        assertThat(results.get(0).outcome()).isEqualTo(WriteResult.Outcome.FAILED);
        assertThat(results.get(0).error()).contains("InventoryID").contains("NO-SUCH-ITEM");
        assertThat(results.get(0).retryable()).isFalse();
        assertThat(results.get(1).outcome()).as("%s", results.get(1).error()).isEqualTo(WriteResult.Outcome.CREATED);
    }

    @Test
    void appliesAPaymentInTwoDueDatesToTheOrder() {
        String orderKey = session.write("erp.sales-order", List.of(new WriteRequest("WEB-1005", null,
                order("WEB-1005")))).get(0).targetId();
        BigDecimal total = (BigDecimal) readOrder(orderKey).get("orderTotal");
        BigDecimal half = total.divide(new BigDecimal("2"), 2, java.math.RoundingMode.DOWN);
        List<WriteResult> results = session.write("erp.payment", List.of(
                new WriteRequest("WEB-1005-1", null, payment(orderKey, half, LocalDate.of(2026, 12, 1))),
                new WriteRequest("WEB-1005-2", null, payment(orderKey, total.subtract(half), LocalDate.of(2027, 1, 1)))));
        assertThat(results).allMatch(WriteResult::succeeded);
        CanonicalRecord order = readOrder(orderKey);
        assertThat((List<?>) order.get("payments")).hasSize(2).allSatisfy(p -> assertThat(((Map<?, ?>) p)
                .get("status")).isEqualTo("Closed"));
        assertThat((BigDecimal) ((Map<?, ?>) order.get("totals")).get("unpaidBalance")).isEqualByComparingTo("0");
    }

    @Test
    void readsBackStatusNumberTrackingNumberAndInvoicePdf() {
        String orderKey = session.write("erp.sales-order", List.of(new WriteRequest("WEB-1006", null,
                order("WEB-1006")))).get(0).targetId();
        moveOn(orderKey, "6A98765432109");
        CanonicalRecord order = readOrder(orderKey);
        assertThat(order.get("status")).isEqualTo("Completed");
        assertThat(order.get("orderNbr")).isEqualTo(orderKey.substring(orderKey.indexOf('/') + 1));
        Map<?, ?> shipment = (Map<?, ?>) ((List<?>) order.get("shipments")).get(0);
        CanonicalRecord shipped = session.read("erp.shipment", new ReadRequest("ShipmentNbr eq '"
                + shipment.get("shipmentNbr") + "'", null, 1, null, List.of())).records().get(0);
        assertThat(((Map<?, ?>) ((List<?>) shipped.get("packages")).get(0)).get("trackingNbr"))
                .isEqualTo("6A98765432109");
        FileContent pdf = session.readFile("erp.invoice", "Invoice/" + shipment.get("invoiceNbr")).orElseThrow();
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.name()).contains((String) shipment.get("invoiceNbr"));
        assertThat(pdf.contentType()).startsWith("application/pdf");
    }

    protected CanonicalRecord readOrder(@Nullable String orderKey) {
        assertThat(orderKey).isNotNull();
        String nbr = orderKey.substring(orderKey.indexOf('/') + 1);
        return session.read("erp.sales-order", new ReadRequest("OrderType eq 'SO' and OrderNbr eq '" + nbr + "'",
                null, 1, null, List.of())).records().get(0);
    }

    protected List<CanonicalRecord> readAll(String entity, ReadRequest first) {
        List<CanonicalRecord> all = new ArrayList<>();
        ReadRequest request = first;
        while (true) {
            Page page = session.read(entity, request);
            all.addAll(page.records());
            if (page.last()) {
                return all;
            }
            request = request.next(page.nextCursor());
        }
    }

    protected Map<String, @Nullable Object> customer(String id, String email) {
        Map<String, @Nullable Object> payload = new LinkedHashMap<>();
        payload.put("customerId", id);
        payload.put("name", "Épicerie Fine Durand");
        payload.put("email", email);
        payload.put("siret", "73282932000074");
        payload.put("naf", "4729Z");
        payload.put("priceClass", "REVENDEUR");
        payload.put("main", Map.of("firstName", "Hélène", "lastName", "Durand", "phone", "02 40 00 00 00",
                "address", Map.of("line1", "3 quai de la Fosse", "city", "Nantes", "postalCode", "44000",
                        "country", "FR")));
        return payload;
    }

    protected Map<String, @Nullable Object> order(String shopReference) {
        List<String> items = orderItems();
        Map<String, @Nullable Object> payload = new LinkedHashMap<>();
        payload.put("orderType", "SO");
        payload.put("customerId", knownCustomer());
        payload.put("customerOrder", shopReference);
        payload.put("date", LocalDate.of(2026, 11, 27));
        payload.put("hold", Boolean.FALSE);
        payload.put("freight", new BigDecimal("7.90"));
        payload.put("overrideFreight", Boolean.TRUE);
        payload.put("shipTo", Map.of("overrideAddress", Boolean.TRUE, "line1", "12 rue Pasteur", "city", "Lyon",
                "postalCode", "69003", "country", "FR"));
        payload.put("lines", List.of(
                Map.of("inventoryId", items.get(0), "quantity", new BigDecimal("2"), "unitPrice", new BigDecimal("19.90"),
                        "warehouseId", "PARIS"),
                Map.of("inventoryId", items.get(1), "quantity", BigDecimal.ONE, "unitPrice", new BigDecimal("45.00"),
                        "warehouseId", "LYON"),
                Map.of("inventoryId", items.get(2), "quantity", new BigDecimal("3"), "unitPrice", new BigDecimal("6.50"))));
        return payload;
    }

    protected Map<String, @Nullable Object> payment(String orderKey, BigDecimal amount, LocalDate dueDate) {
        String[] key = orderKey.split("/");
        Map<String, @Nullable Object> payload = new LinkedHashMap<>();
        payload.put("type", "Payment");
        payload.put("customerId", knownCustomer());
        payload.put("paymentMethod", "CB");
        payload.put("amount", amount);
        payload.put("date", dueDate);
        payload.put("paymentRef", "PSP-" + dueDate);
        payload.put("orders", List.of(Map.of("orderType", key[0], "orderNbr", key[1], "applied", amount)));
        return payload;
    }
}
