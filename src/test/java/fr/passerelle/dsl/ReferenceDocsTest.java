package fr.passerelle.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.dsl.function.FunctionCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reference ({@code dsl/README.md}) and the JSON Schema keep up with the language. */
class ReferenceDocsTest {

    @Test
    void everyFunctionIsDocumented() throws IOException {
        String readme = Files.readString(Path.of("dsl/README.md"));
        for (String function : FunctionCatalog.names()) {
            assertThat(readme).as(function).contains("`" + function + "(");
        }
    }

    @Test
    void everyDiagnosticCodeIsDocumented() throws IOException {
        String readme = Files.readString(Path.of("dsl/README.md"));
        for (String code : Set.of("YAML", "SHAPE", "UNKNOWN_KEY", "DUPLICATE_KEY", "DUPLICATE_RULE", "MISSING_KEY", "SYNTAX",
                "SANDBOX", "UNKNOWN_FUNCTION", "ARITY", "UNKNOWN_LOOKUP", "UNKNOWN_FIELD", "UNKNOWN_TARGET", "UNKNOWN_ENTITY",
                "TARGET_PATH", "PATH_CONFLICT", "LET_CYCLE", "UNKNOWN_TEMPLATE", "TEMPLATE_CYCLE", "TEST_FAILED")) {
            assertThat(readme).as(code).contains("| `" + code + "` |");
        }
    }

    @Test
    void theJsonSchemaHasExactlyTheDocumentKeys() throws IOException {
        JsonNode schema = JsonMapper.builder().build().readTree(Files.readString(Path.of("dsl/mapping.schema.json")));
        Set<String> keys = new HashSet<>(schema.get("properties").propertyNames());
        assertThat(keys).isEqualTo(DocumentReader.TOP_KEYS);
        Set<String> blockKeys = new HashSet<>(schema.get("$defs").get("block").get("properties").propertyNames());
        assertThat(blockKeys).as("each blocks").isEqualTo(DocumentReader.BLOCK_KEYS);
        assertThat(schema.get("properties").get("fields").get("additionalProperties").get("$ref").asString())
                .isEqualTo("#/$defs/fieldValue");
    }
}
