package fr.passerelle.connector.erp.cegid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.connector.ConnectorDescriptor;
import fr.passerelle.connector.ConnectorRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The declarative entity map: loaded, checked, and published as the connector's schemas. */
class EndpointMapLoaderTest {

    @Test
    void loadsTheDefaultMapAndPublishesEveryEntityWithFeatureIds() {
        ConnectorDescriptor descriptor = ConnectorRegistry.load().erp("cegid-xrp-flex").orElseThrow().descriptor();
        assertThat(descriptor.schemas()).extracting(s -> s.name()).contains("erp.item", "erp.stock", "erp.price",
                "erp.price-class", "erp.customer", "erp.sales-order", "erp.shipment", "erp.invoice", "erp.payment",
                "erp.item-class", "erp.attribute", "erp.kit", "erp.item-template");
        assertThat(descriptor.supports("ART-3")).isTrue();
        assertThat(descriptor.supports("PAY-3")).isTrue();
        assertThat(descriptor.schema("erp.customer").orElseThrow().field("main.address.city")).isPresent();
        assertThat(descriptor.schema("erp.sales-order").orElseThrow().field("lines[].inventoryId").orElseThrow()
                .required()).isTrue();
        assertThat(descriptor.schema("erp.item").orElseThrow().openFields()).isTrue();
        assertThat(descriptor.schema("erp.customer").orElseThrow().field("siret").orElseThrow().description())
                .contains("assumed");
    }

    @Test
    void reportsEveryProblemOfABrokenMapAtOnce() {
        String yaml = """
                system: cegid-xrp-flex
                displayName: X
                endpoint: Default
                version: "24.200.001"
                reportEndpoint: R
                reportVersion: "1"
                attributesResource: AttributeDefinition
                entities:
                  erp.thing:
                    resource: Thing
                    keys: [id]
                    fields:
                      - {name: code, path: Code, type: TEXT, source: doc}
                      - {name: lines, path: Lines, type: LIST, source: maybe}
                """;
        assertThatThrownBy(() -> EndpointMapLoader.parse(new ByteArrayInputStream(yaml.getBytes(
                StandardCharsets.UTF_8)), "test.yaml"))
                .hasMessageContaining("key id is not a field")
                .hasMessageContaining("unknown type TEXT")
                .hasMessageContaining("a LIST needs fields")
                .hasMessageContaining("source must be doc or assumed");
    }

    @Test
    void derivesSelectAndExpandFromTheMappedPaths() {
        EntityMap customer = EndpointMapLoader.defaults().entity("erp.customer").orElseThrow();
        QueryShape shape = QueryShape.of(customer, java.util.List.of("email", "siret"));
        assertThat(shape.select()).contains("CustomerID", "MainContact/Email", "Attributes/AttributeID",
                "Attributes/Value", "LastModifiedDateTime");
        assertThat(shape.select()).doesNotContain("CustomerName");
        assertThat(shape.expand()).containsExactlyInAnyOrder("MainContact", "Attributes");
    }

    @Test
    void writesODataV3Literals() {
        assertThat(ODataLiterals.string("Huile d'olive")).isEqualTo("'Huile d''olive'");
        assertThat(ODataLiterals.of(new java.math.BigDecimal("15.01"))).isEqualTo("15.01M");
        assertThat(ODataLiterals.dateTimeOffset(java.time.Instant.parse("2024-07-15T07:31:28.402Z")))
                .isEqualTo("datetimeoffset'2024-07-15T07:31:28.402+00:00'");
    }
}
