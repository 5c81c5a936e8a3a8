package fr.passerelle.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.connector.EntitySchema;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FieldType;
import fr.passerelle.dsl.compiler.CompilationResult;
import fr.passerelle.dsl.compiler.MappingCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The connectors' own schemas, one flag away (issue 10, point 6; MAP-1 field pickers from the connectors' schemas, MAP-6 templates): every shipped
 * template compiles against them with no error, and they declare the item fields of their lists
 * ({@code line_items[].sku}) the way the ERP entity maps do.
 */
class BuiltinSchemasTest {

    private static final Path TEMPLATES = Path.of("templates");

    static Stream<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).filter(p -> !p.startsWith(TEMPLATES.resolve("erp")))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyTemplatePassesCheckAgainstItsConnectorsSchemas(Path template) throws IOException {
        String text = Files.readString(template);
        Map<String, EntitySchema> schemas = SchemaFiles.builtin(SchemaFiles.BUILTIN, template.toString(), text);
        CompilationResult result = new MappingCompiler(schemas, TemplateResolver.standard()).compile(text, template.toString());
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format))
                .as(template + " against the built-in schemas").isEmpty();
        var document = result.document();
        assertThat(document).isNotNull();
        assertThat(schemas).as("the source and target of " + template + " have schemas")
                .containsKeys(document.source().text(), document.target().text());
    }

    @Test
    void theTemplatesOfEachErpAreCheckedAgainstThatErpsSchemas() {
        assertThat(BuiltinSchemas.erps()).containsExactlyInAnyOrder("cegid-xrp-flex", "ebp");
        assertThat(BuiltinSchemas.erpOf("templates/ebp/woocommerce/stock.yaml", "cegid-xrp-flex/woocommerce/stock"))
                .isEqualTo("ebp");
        assertThat(BuiltinSchemas.erpOf("/tmp/client/stock.yaml", "ebp/woocommerce/stock")).isEqualTo("ebp");
        assertThat(BuiltinSchemas.erpOf("/tmp/client/stock.yaml", null)).isEqualTo("cegid-xrp-flex");
        assertThat(SchemaFiles.builtin("ebp").get("erp.item").field("salePrice")).isPresent();
        assertThat(SchemaFiles.builtin().get("erp.item").field("salePrice")).isEmpty();
        assertThat(SchemaFiles.builtin("builtin:ebp", "x.yaml", "flow: x")).isEqualTo(SchemaFiles.builtin("ebp"));
        assertThatThrownBy(() -> SchemaFiles.builtin("sage")).hasMessage(
                "no ERP connector 'sage'; ERP connectors: cegid-xrp-flex, ebp");
    }

    @Test
    void shopSchemasDeclareTheItemFieldsOfTheirLists() {
        Map<String, EntitySchema> schemas = SchemaFiles.builtin();
        assertThat(names(schemas.get("woocommerce.order"))).contains("line_items[].sku", "line_items[].quantity",
                "line_items[].price", "line_items[].total", "line_items[].taxes[].total", "tax_lines[].rate_code",
                "shipping_lines[].method_id", "shipping_lines[].total", "coupon_lines[].code");
        assertThat(names(schemas.get("woocommerce.product"))).contains("images[].src", "attributes[].options",
                "categories[].id", "meta_data[].key");
        assertThat(names(schemas.get("shopify.order"))).contains("lineItems[].sku", "lineItems[].quantity",
                "lineItems[].taxLines[].ratePercentage", "shippingLines[].title", "transactions[].gateway");
        assertThat(names(schemas.get("shopify.product"))).contains("variants[].sku", "variants[].optionValues[].name",
                "files[].originalSource");
        assertThat(names(schemas.get("prestashop.order"))).contains("associations.order_rows[].product_reference",
                "associations.order_rows[].product_quantity");
        assertThat(names(schemas.get("erp.stock"))).contains("warehouses[].qtyAvailable");
        assertThat(names(schemas.get("erp.sales-order"))).contains("lines[].inventoryId");
    }

    @Test
    void everyItemFieldBelongsToADeclaredList() {
        for (String erp : BuiltinSchemas.erps()) {
            for (EntitySchema schema : SchemaFiles.builtin(erp).values()) {
                for (FieldSchema field : schema.fields()) {
                    int items = field.name().lastIndexOf("[].");
                    if (items > 0) {
                        String list = field.name().substring(0, items);
                        assertThat(schema.field(list)).as(schema.name() + ": the list of " + field.name()).isPresent();
                        assertThat(schema.field(list).orElseThrow().type()).as(schema.name() + " " + list)
                                .isEqualTo(FieldType.LIST);
                    }
                }
            }
        }
    }

    private static List<String> names(EntitySchema schema) {
        return schema.fields().stream().map(FieldSchema::name).toList();
    }
}
