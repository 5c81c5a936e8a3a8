package fr.passerelle.dsl.compiler;

import fr.passerelle.connector.EntitySchema;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FieldType;
import fr.passerelle.dsl.Diagnostic;
import fr.passerelle.dsl.MappingDocument.Entry;
import fr.passerelle.dsl.Scalar;
import fr.passerelle.plan.TargetPath;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Target paths against the target schema, and paths that would overwrite each other. */
final class TargetChecks {

    private final @Nullable EntitySchema schema;
    private final Consumer<Diagnostic> diagnostics;

    TargetChecks(@Nullable EntitySchema schema, Consumer<Diagnostic> diagnostics) {
        this.schema = schema;
        this.diagnostics = diagnostics;
    }

    /**
     * Checks a target path; inside {@code each} blocks, {@code prefix} is the list's item prefix
     * ({@code lines[].}), and a list whose items the schema does not describe is not checked.
     */
    void check(Scalar name, TargetPath path, String prefix) {
        if (schema == null || schema.field(prefix + path.text()).isPresent()) {
            return;
        }
        if (!prefix.isEmpty() && schema.fields().stream().noneMatch(f -> f.name().startsWith(prefix))) {
            return;
        }
        String first = prefix + path.segments().get(0).name();
        Optional<FieldSchema> container = schema.field(first);
        boolean declaresChildren = schema.fields().stream()
                .anyMatch(f -> f.name().startsWith(first + ".") || f.name().startsWith(first + "["));
        if (container.isPresent() && path.segments().size() > 1 && isContainer(container.get().type()) && !declaresChildren) {
            return;
        }
        String message = "unknown target field '" + prefix + path.text() + "' in " + schema.name()
                + closest(prefix + path.text());
        diagnostics.accept(schema.openFields() ? Diagnostic.warning(name.position(), "UNKNOWN_TARGET", message)
                : Diagnostic.error(name.position(), "UNKNOWN_TARGET", message));
    }

    /** A field written both as a value and as an object ({@code dimensions} and {@code dimensions.length}). */
    void conflicts(List<Entry> fields) {
        for (Entry leaf : fields) {
            String text = leaf.name().text();
            for (Entry other : fields) {
                String o = other.name().text();
                if (o.startsWith(text + ".") || o.startsWith(text + "[")) {
                    diagnostics.accept(Diagnostic.error(other.name().position(), "PATH_CONFLICT", "'" + o
                            + "' writes inside '" + text + "', which another field sets as a whole"));
                }
            }
        }
    }

    private static boolean isContainer(FieldType type) {
        return type == FieldType.OBJECT || type == FieldType.LIST || type == FieldType.ANY;
    }

    private String closest(String name) {
        if (schema == null) {
            return "";
        }
        String best = null;
        for (FieldSchema field : schema.fields()) {
            if (field.name().equalsIgnoreCase(name) || field.name().replace("_", "").equalsIgnoreCase(name.replace("_", ""))) {
                best = field.name();
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }
}
