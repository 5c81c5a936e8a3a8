package fr.passerelle.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.dsl.compiler.MappingCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every worked example of {@code dsl/examples} (templates included) passes {@code check}: no
 * diagnostic at all, and its own {@code tests} pass; {@code stock.yaml} also against the
 * schemas of {@code dsl/examples/schemas} (the fields a stock flow uses).
 */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("dsl/examples");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void examplePassesCheck(Path example) throws IOException {
        Map<String, fr.passerelle.connector.EntitySchema> schemas = example.endsWith("stock.yaml")
                ? SchemaFiles.read(EXAMPLES.resolve("schemas")) : Map.of();
        var result = new MappingCompiler(schemas, TemplateResolver.standard()).compile(Files.readString(example), example.toString());
        assertThat(result.diagnostics()).as(example.toString()).isEmpty();
        assertThat(result.planOrThrow()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleCarriesGoldenTests(Path example) throws IOException {
        var document = DocumentReader.read(Files.readString(example), example.toString()).document();
        assertThat(document).isNotNull();
        assertThat(document.tests()).as(example + " has tests").isNotEmpty();
    }
}
