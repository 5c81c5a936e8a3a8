package fr.passerelle.dsl.editor;

import fr.passerelle.dsl.Diagnostic;
import java.util.List;

/** What the editor shows for a document and a cursor: every problem, and the suggestions at the cursor. */
public record Analysis(List<Diagnostic> diagnostics, List<Completion> completions) {

    public Analysis {
        diagnostics = List.copyOf(diagnostics);
        completions = List.copyOf(completions);
    }
}
