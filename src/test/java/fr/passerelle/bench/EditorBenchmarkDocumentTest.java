package fr.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.dsl.editor.Completion;
import org.junit.jupiter.api.Test;

/** The editor benchmark measures real work: its document compiles cleanly against the 300-field schemas and the cursor gets completions. */
class EditorBenchmarkDocumentTest {

    @Test
    void theBenchmarkDocumentCompilesAndTheCursorGetsTheSchemasFields() {
        var analysis = new EditorAssistBenchmark().analyzeAKeystroke();
        assertThat(analysis.diagnostics()).extracting(d -> d.code() + " " + d.message())
                .containsExactly("UNKNOWN_FIELD unknown source field 'Fie'");
        assertThat(analysis.completions()).hasSizeGreaterThan(EditorAssistBenchmark.FIELDS - 10)
                .extracting(Completion::label).contains("Field296", "FieldLines").allMatch(l -> l.startsWith("Fie"));
    }
}
