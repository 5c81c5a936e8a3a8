package fr.passerelle.dsl.compiler;

import fr.passerelle.dsl.Diagnostic;
import fr.passerelle.dsl.MappingCompilationException;
import fr.passerelle.dsl.MappingDocument;
import fr.passerelle.plan.MappingPlan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What compiling a document gave: the plan (null when the document has errors other than
 * failing tests), every diagnostic, and the merged document (after {@code extends}).
 */
public record CompilationResult(@Nullable MappingPlan plan, List<Diagnostic> diagnostics,
        @Nullable MappingDocument document) {

    public CompilationResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** The plan of a valid document; a document with errors (failing tests included) throws. */
    public MappingPlan planOrThrow() {
        if (plan == null || hasErrors()) {
            throw new MappingCompilationException(diagnostics);
        }
        return plan;
    }
}
