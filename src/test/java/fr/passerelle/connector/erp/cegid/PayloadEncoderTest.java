package fr.passerelle.connector.erp.cegid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Canonical payloads become PUT bodies in the IDG's JSON representation (CIM-1, CIM-2, ORD-*). */
class PayloadEncoderTest {

    private static final EndpointMap MAP = EndpointMapLoader.defaults();

    @Test
    void wrapsValuesNestsLinkedEntitiesAndSelectsAttributeLines() {
        ObjectNode body = PayloadEncoder.encode(MAP.entity("erp.customer").orElseThrow(), Map.of(
                "customerId", "JOHNGOOD", "email", "demo@gmail.com", "siret", "73282932000074",
                "main", Map.of("address", Map.of("city", "Kirkland", "postalCode", "98033")),
                "custom", Map.of("CurrentCustomer", Map.of("UsrWebAccount", true))), Map.of());
        assertThat(body.path("CustomerID").path("value").asString()).isEqualTo("JOHNGOOD");
        assertThat(body.path("MainContact").path("Email").path("value").asString()).isEqualTo("demo@gmail.com");
        assertThat(body.path("MainContact").path("Address").path("City").path("value").asString()).isEqualTo("Kirkland");
        JsonNode attribute = body.path("Attributes").get(0);
        assertThat(attribute.path("AttributeID").path("value").asString()).isEqualTo("SIRET");
        assertThat(attribute.path("Value").path("value").asString()).isEqualTo("73282932000074");
        assertThat(body.path("custom").path("CurrentCustomer").path("UsrWebAccount").path("type").asString())
                .isEqualTo("CustomBooleanField");
    }

    @Test
    void writesDetailLinesDecimalsAndDatesAndLeavesComputedFieldsOut() {
        ObjectNode body = PayloadEncoder.encode(MAP.entity("erp.sales-order").orElseThrow(), Map.of(
                "orderType", "SO", "date", LocalDate.of(2026, 11, 27), "orderTotal", new BigDecimal("999"),
                "freight", new BigDecimal("7.90"), "lines", List.of(Map.of("inventoryId", "EPI00402", "quantity",
                        new BigDecimal("2.000")))), Map.of());
        assertThat(body.has("OrderTotal")).isFalse();
        assertThat(body.path("Date").path("value").asString()).isEqualTo("2026-11-27T00:00:00");
        assertThat(body.path("ShippingSettings").path("FreightPrice").path("value").decimalValue())
                .isEqualByComparingTo("7.90");
        assertThat(body.path("Details").get(0).path("OrderQty").path("value").decimalValue()).isEqualTo(
                new BigDecimal("2.000"));
    }

    @Test
    void refusesFieldsTheEntityMapDoesNotKnow() {
        assertThatThrownBy(() -> PayloadEncoder.encode(MAP.entity("erp.customer").orElseThrow(), Map.of(
                "customerId", "X", "emial", "typo@x.fr"), Map.of()))
                .hasMessageContaining("unknown field(s) emial");
    }
}
