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

    /** Compiles a file; a missing or non-UTF-8 file, or a missing schema folder, is bad usage (exit 2). */
    static CompilationResult compile(CommandLine.Model.CommandSpec spec, Path mapping, @Nullable Path schemas) {
        String text = InputFiles.readUtf8(spec, "mapping file", mapping);
        Map<String, EntitySchema> entities = Map.of();
        if (schemas != null) {
            if (!Files.isDirectory(schemas)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--schemas: no such folder: " + schemas);
            }
            try {
                entities = SchemaFiles.read(schemas);
            } catch (IOException | SchemaFiles.SchemaFileException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--schemas: " + e.getMessage());
            }
        }
        return new MappingCompiler(entities, TemplateResolver.standard()).compile(text, mapping.toString());
    }
}
