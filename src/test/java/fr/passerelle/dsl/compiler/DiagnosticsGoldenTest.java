package fr.passerelle.dsl.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.dsl.Diagnostic;
import fr.passerelle.dsl.SchemaFiles;
import fr.passerelle.dsl.TemplateResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden diagnostics (MAP-2): each {@code golden/diagnostics/<case>.yaml} must give exactly the
 * errors of {@code <case>.expected}, one {@code LINE:COL CODE} per line, checked against the
 * schemas of {@code golden/schemas/}. Positions are those of the key, or of the character inside
 * the expression, whatever the YAML style (plain, quoted, folded, literal block).
 */
class DiagnosticsGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN.resolve("diagnostics"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void documentGivesExactlyTheExpectedDiagnostics(String name) throws IOException {
        Path yaml = GOLDEN.resolve("diagnostics/" + name + ".yaml");
        List<String> expected = Files.readAllLines(GOLDEN.resolve("diagnostics/" + name + ".expected")).stream()
                .filter(line -> !line.isBlank()).toList();
        MappingCompiler compiler = new MappingCompiler(SchemaFiles.read(GOLDEN.resolve("schemas")), TemplateResolver.none());
        CompilationResult result = compiler.compile(Files.readString(yaml), name + ".yaml");

        List<Diagnostic> errors = result.errors();
        assertThat(errors).as("every diagnostic names the file").allMatch(d -> d.file().equals(name + ".yaml"));
        assertThat(errors).as("messages are one readable line").allMatch(d -> !d.message().isBlank() && !d.message().contains("\n"));
        assertThat(errors.stream().map(d -> d.line() + ":" + d.column() + " " + d.code()).toList())
                .as(errors.stream().map(Diagnostic::format).toList().toString())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.plan() == null || !result.errors().isEmpty()).isTrue();
    }
}
