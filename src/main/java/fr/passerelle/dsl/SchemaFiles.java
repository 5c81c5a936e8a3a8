package fr.passerelle.dsl;

import fr.passerelle.connector.EntitySchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a folder of entity schemas for {@code check --schemas DIR}: one {@link EntitySchema}
 * per {@code .json}, {@code .yaml} or {@code .yml} file (format in {@code dsl/README.md}); or,
 * for {@code --schemas builtin}, gives the connectors' own schemas ({@link BuiltinSchemas}).
 */
public final class SchemaFiles {

    /** A schema file that cannot be read; the message names the file. */
    public static final class SchemaFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SchemaFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    /** The word that names the connectors' schemas instead of a folder: {@code builtin}, or {@code builtin:<erp>}. */
    public static final String BUILTIN = "builtin";

    private SchemaFiles() {
    }

    /**
     * The connectors' schemas, {@code LIST} item fields included: every shop's, and those of the
     * default ERP (Cegid XRP Flex). For another ERP, {@link #builtin(String)}.
     */
    public static Map<String, EntitySchema> builtin() {
        return BuiltinSchemas.forErp(BuiltinSchemas.DEFAULT_ERP);
    }

    /** Every shop's schemas and this ERP's ({@code cegid-xrp-flex}, {@code ebp}). */
    public static Map<String, EntitySchema> builtin(String erpId) {
        return BuiltinSchemas.forErp(erpId);
    }

    /** Whether a {@code --schemas} value names the built-in schemas ({@code builtin}, {@code builtin:ebp}). */
    public static boolean isBuiltin(String value) {
        return value.equals(BUILTIN) || value.startsWith(BUILTIN + ":");
    }

    /**
     * The built-in schemas a {@code --schemas} value asks for, for one document: {@code builtin:<erp>}
     * names the ERP; plain {@code builtin} takes the document's ERP ({@link BuiltinSchemas#erpOf}).
     */
    public static Map<String, EntitySchema> builtin(String value, String file, String text) {
        if (value.startsWith(BUILTIN + ":")) {
            return builtin(value.substring(BUILTIN.length() + 1));
        }
        var read = DocumentReader.read(text, file).document();
        Scalar extendsRef = read == null ? null : read.extendsRef();
        return builtin(BuiltinSchemas.erpOf(file, extendsRef == null ? null : extendsRef.text()));
    }

    public static Map<String, EntitySchema> read(Path directory) throws IOException {
        Map<String, EntitySchema> schemas = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> p.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList();
        }
        for (Path file : files) {
            EntitySchema schema = parse(file);
            schemas.put(schema.name(), schema);
        }
        return schemas;
    }

    private static EntitySchema parse(Path file) throws IOException {
        String text = Files.readString(file);
        try {
            if (file.toString().endsWith(".json")) {
                return JSON.readValue(text, EntitySchema.class);
            }
            Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            return JSON.convertValue(tree, EntitySchema.class);
        } catch (RuntimeException e) {
            throw new SchemaFileException(file + ": not an entity schema (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }
}
