package fr.passerelle.dsl;

import java.util.List;

/** A plan was asked of a document with errors; carries every diagnostic. */
public final class MappingCompilationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public MappingCompilationException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::format).findFirst()
                .orElse("invalid mapping document") + (diagnostics.size() > 1 ? " (and " + (diagnostics.size() - 1) + " more)" : ""));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
