package fr.passerelle.connector.erp.cegid;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.connector.CanonicalRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The connector reads payloads shaped like the Integration Development Guide's examples (src/test/resources/acumatica/idg). */
class IdgPayloadsTest {

    private static final EndpointMap MAP = EndpointMapLoader.defaults();

    @Test
    void readsACustomerWithLinkedContactAddressAttributesAndCustomFields() {
        CanonicalRecord customer = RecordDecoder.decode(entity("erp.customer"), json("customer.json"));
        assertThat(customer.key()).isEqualTo("JOHNGOOD");
        assertThat(customer.get("email")).isEqualTo("demo@gmail.com");
        assertThat(customer.get("siret")).isEqualTo("73282932000074");
        assertThat(customer.get("naf")).isEqualTo("4791A");
        assertThat(customer.get("vatNumber")).isNull();
        Map<?, ?> address = (Map<?, ?>) ((Map<?, ?>) customer.get("main")).get("address");
        assertThat(address.get("line2")).isEqualTo("Bâtiment B");
        assertThat(address.get("postalCode")).isEqualTo("75002");
        assertThat(((Map<?, ?>) ((Map<?, ?>) customer.get("custom")).get("CurrentCustomer")).get("UsrWebAccount"))
                .isEqualTo(Boolean.TRUE);
        assertThat(((Map<?, ?>) ((Map<?, ?>) customer.get("custom")).get("DefContact")).get("UsrPersonalID"))
                .as("custom field of a linked entity").isEqualTo("AB123456");
        assertThat(customer.modifiedAt()).isEqualTo(Instant.parse("2024-07-15T07:31:28.402Z"));
    }

    @Test
    void readsAnOrderWithDetailsTaxesTotalsAndShipmentsAsExactDecimals() {
        CanonicalRecord order = RecordDecoder.decode(entity("erp.sales-order"), json("sales-order.json"));
        assertThat(order.key()).isEqualTo("SO/000123");
        assertThat(order.get("orderTotal")).isEqualTo(new BigDecimal("1302.3600"));
        assertThat(order.get("freight")).isEqualTo(new BigDecimal("15.01"));
        assertThat(order.get("date")).isEqualTo(LocalDate.of(2024, 7, 15));
        List<?> lines = (List<?>) order.get("lines");
        assertThat(lines).hasSize(2);
        assertThat(((Map<?, ?>) lines.get(1)).get("inventoryId")).isEqualTo("CONGRILL");
        assertThat(((Map<?, ?>) lines.get(0)).get("quantity")).isEqualTo(new BigDecimal("10.0"));
        assertThat(((Map<?, ?>) ((List<?>) order.get("taxes")).get(1)).get("rate")).isEqualTo(new BigDecimal("5.500000"));
        Map<?, ?> shipment = (Map<?, ?>) ((List<?>) order.get("shipments")).get(0);
        assertThat(shipment.get("shipmentNbr")).isEqualTo("000045");
        assertThat(shipment.get("invoiceNbr")).isNull();
    }

    @Test
    void readsTrackingNumbersFromASelectedAndExpandedShipment() {
        JsonNode list = json("shipment-tracking.json");
        CanonicalRecord shipment = RecordDecoder.decode(entity("erp.shipment"), list.get(0));
        assertThat(((Map<?, ?>) ((List<?>) shipment.get("packages")).get(0)).get("trackingNbr"))
                .isEqualTo("1Z999AA10123456784");
        assertThat(shipment.get("status")).as("not selected, so absent").isNull();
    }

    @Test
    void readsFileLinksWhichAreNotWrapped() {
        CanonicalRecord item = RecordDecoder.decode(entity("erp.item"), json("stock-item-files.json"));
        Map<?, ?> file = (Map<?, ?>) ((List<?>) item.get("files")).get(0);
        assertThat(file.get("href")).isEqualTo("/entity/Default/24.200.001/files/9be45eb7-f97d-400b-96a4-1f9b3b4d1e5a");
        assertThat(file.get("comment")).isNull();
        assertThat(item.get("defaultPrice")).isEqualTo(new BigDecimal("49.99"));
    }

    @Test
    void collectsTheRecordAndFieldErrorsOfA422IncludingDetailLines() {
        List<String> errors = FieldErrors.collect(json("error-422.json"));
        assertThat(errors).containsExactly(
                "Inserting  'Sales Order' record raised at least one error. Please review the errors.",
                "CustomerID: CustomerID: 'NOBODY' cannot be found in the system.",
                "Details[1].InventoryID: Error: 'GHOST' cannot be found in the system.");
    }

    @Test
    void readsTheMessageOfAnHttpErrorWithoutItsStackTrace() {
        String message = FieldErrors.httpMessage(text("http-error-login-limit.json"));
        assertThat(message).isEqualTo("API Login Limit");
    }

    @Test
    void readsCustomFieldTypesFromTheAdHocSchema() {
        JsonNode schema = json("adhoc-schema.json");
        assertThat(schema.path("custom").path("ItemSettings").propertyNames()).containsExactly("UsrBrand", "UsrEcoTax",
                "UsrRepairItem");
    }

    @Test
    void readsTheEndpointList() {
        assertThat(EndpointCatalog.parse(text("entity-list.json"))).contains(
                new EndpointCatalog.Endpoint("AtooSync", "24.200.001"),
                new EndpointCatalog.Endpoint("Default", "25.200.001"));
    }

    private static EntityMap entity(String name) {
        return MAP.entity(name).orElseThrow();
    }

    static JsonNode json(String name) {
        return Json.MAPPER.readTree(text(name));
    }

    static String text(String name) {
        try (InputStream in = IdgPayloadsTest.class.getResourceAsStream("/acumatica/idg/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
