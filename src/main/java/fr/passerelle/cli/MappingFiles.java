package fr.passerelle.cli;

import fr.passerelle.connector.EntitySchema;
import fr.passerelle.dsl.SchemaFiles;
import fr.passerelle.dsl.TemplateResolver;
import fr.passerelle.dsl.compiler.CompilationResult;
import fr.passerelle.dsl.compiler.MappingCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/** Shared by {@code check} and {@code map}: read the schemas and compile a mapping file. */
final class MappingFiles {

    private MappingFiles() {
    }

    /**
     * Compiles a file; a missing or non-UTF-8 file, or a missing schema folder, is bad usage (exit 2). {@code schemas} is a
     * folder, or {@code builtin} / {@code builtin:<erp>} for the connectors' own schemas.
     */
    static CompilationResult compile(CommandLine.Model.CommandSpec spec, Path mapping, @Nullable String schemas) {
        String text = InputFiles.readUtf8(spec, "mapping file", mapping);
        Map<String, EntitySchema> entities = schemas == null ? Map.of() : entities(spec, schemas, mapping, text);
        return new MappingCompiler(entities, TemplateResolver.standard()).compile(text, mapping.toString());
    }

    private static Map<String, EntitySchema> entities(CommandLine.Model.CommandSpec spec, String schemas, Path mapping,
            String text) {
        if (SchemaFiles.isBuiltin(schemas)) {
            try {
                return SchemaFiles.builtin(schemas, mapping.toString(), text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--schemas: " + e.getMessage());
            }
        }
        Path folder = Path.of(schemas);
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--schemas: no such folder: " + schemas
                    + " (or 'builtin' for the connectors' own schemas)");
        }
        try {
            return SchemaFiles.read(folder);
        } catch (IOException | SchemaFiles.SchemaFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--schemas: " + e.getMessage());
        }
    }
}
