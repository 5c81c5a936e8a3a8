package fr.passerelle.cli;

import fr.passerelle.dsl.Diagnostic;
import fr.passerelle.dsl.DocumentWriter;
import fr.passerelle.dsl.compiler.CompilationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check}: compiles mapping documents and runs their tests; prints "ok" or one line per problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check mapping documents: YAML, keys, expressions, sandbox, schemas, tests.",
            "Prints 'ok' (exit 0) or one line per problem, FILE:LINE:COL: message (exit 1)."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "MAPPING.yaml", description = "the mapping documents to check")
    List<Path> mappings = List.of();

    @Option(names = "--schemas", paramLabel = "DIR|builtin",
            description = {"check source fields and target paths against a folder of entity schemas (JSON or YAML),",
                "or 'builtin': the connectors' own schemas (the document's ERP from its folder or extends;",
                "'builtin:ebp' names it)"})
    @Nullable String schemas;

    @Option(names = "--merged", description = "also print each document merged with the template it extends")
    boolean merged;

    @Override
    public Integer call() {
        PrintWriter out = spec().commandLine().getOut();
        boolean ok = true;
        for (Path mapping : mappings) {
            CompilationResult result = MappingFiles.compile(spec(), mapping, schemas);
            if (merged && result.document() != null) {
                out.print(DocumentWriter.write(result.document()));
            }
            for (Diagnostic diagnostic : result.diagnostics()) {
                out.println(diagnostic.format());
            }
            ok &= !result.hasErrors();
        }
        if (ok) {
            out.println("ok");
        }
        out.flush();
        return ok ? 0 : 1;
    }

    private CommandSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("picocli injects the spec");
        }
        return spec;
    }
}
