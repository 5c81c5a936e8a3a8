package fr.passerelle.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.connector.ConnectorRegistry;
import fr.passerelle.connector.EntitySchema;
import fr.passerelle.dsl.compiler.MappingCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The document examples of issue 10 (a WooCommerce order -> Cegid sales order with its lines,
 * their VAT and the shipping line; a matrix item -> variable product) compile against the
 * connectors' own schemas (the WooCommerce connector's and the Cegid entity map's), with no error,
 * and their golden tests pass (ORD-1, ORD-8, ORD-10, ART-3).
 */
class ExamplesAgainstConnectorSchemasTest {

    static Map<String, EntitySchema> connectorSchemas() {
        Map<String, EntitySchema> schemas = new HashMap<>();
        ConnectorRegistry.load().descriptors().forEach(d -> d.schemas().forEach(s -> schemas.putIfAbsent(s.name(), s)));
        return schemas;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"woocommerce-order-to-cegid.yaml", "matrix-item-to-variable-product.yaml"})
    void exampleChecksAgainstTheConnectorsSchemas(String example) throws IOException {
        Path file = Path.of("dsl/examples", example);
        Map<String, EntitySchema> schemas = connectorSchemas();
        var document = DocumentReader.read(Files.readString(file), file.toString()).document();
        assertThat(schemas).containsKeys(document.source().text(), document.target().text());
        var result = new MappingCompiler(schemas, TemplateResolver.standard()).compile(Files.readString(file), file.toString());
        assertThat(result.errors()).as(example).isEmpty();
        assertThat(result.planOrThrow()).isNotNull();
        assertThat(document.tests()).isNotEmpty();
    }
}
