package fr.passerelle.dsl.compiler;

import fr.passerelle.connector.EntitySchema;
import fr.passerelle.dsl.Diagnostic;
import fr.passerelle.dsl.DocumentMerger;
import fr.passerelle.dsl.DocumentReader;
import fr.passerelle.dsl.DocumentWriter;
import fr.passerelle.dsl.MappingDocument;
import fr.passerelle.dsl.Position;
import fr.passerelle.dsl.Scalar;
import fr.passerelle.dsl.TemplateResolver;
import fr.passerelle.plan.MappingPlan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compiles mapping documents into plans. Stateless and thread-safe: one instance serves the
 * studio, the command line and the engine. Reports every problem, each at its line and column.
 */
public final class MappingCompiler {

    private static final int MAX_EXTENDS_DEPTH = 5;

    private final Map<String, EntitySchema> schemas;
    private final TemplateResolver templates;

    /**
     * @param schemas entity schemas by name ({@code erp.item}); when the document's source or target is
     *     among them, field names and target paths are checked against it
     * @param templates where {@code extends} looks for templates
     */
    public MappingCompiler(Map<String, EntitySchema> schemas, TemplateResolver templates) {
        this.schemas = Map.copyOf(schemas);
        this.templates = templates;
    }

    /** A compiler without schemas, resolving templates from the file system and the class path. */
    public MappingCompiler() {
        this(Map.of(), TemplateResolver.standard());
    }

    public CompilationResult compile(String text, String fileName) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        MappingDocument document = load(text, fileName, diagnostics, new LinkedHashSet<>());
        if (document == null) {
            return new CompilationResult(null, diagnostics, null);
        }
        requireKeys(document, diagnostics);
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new CompilationResult(null, diagnostics, document);
        }
        EntitySchema source = schema(document.source(), diagnostics);
        EntitySchema target = schema(document.target(), diagnostics);
        MappingPlan plan = new PlanBuilder(document, source, target, diagnostics::add).build(hash(document));
        if (plan != null && diagnostics.stream().noneMatch(Diagnostic::isError)) {
            new TestRunner(plan, diagnostics::add).run(document.tests());
        }
        return new CompilationResult(plan, diagnostics, document);
    }

    private @Nullable MappingDocument load(String text, String fileName, List<Diagnostic> diagnostics, Set<String> chain) {
        DocumentReader.Result read = DocumentReader.read(text, fileName);
        diagnostics.addAll(read.diagnostics());
        MappingDocument document = read.document();
        if (document == null || document.extendsRef() == null) {
            return document;
        }
        Scalar reference = document.extendsRef();
        if (!chain.add(reference.text()) || chain.size() > MAX_EXTENDS_DEPTH) {
            diagnostics.add(Diagnostic.error(reference.position(), "TEMPLATE_CYCLE",
                    "templates extend each other in a loop or too deeply: " + String.join(" -> ", chain)));
            return document;
        }
        Optional<TemplateResolver.Template> template = templates.resolve(reference.text(), fileName);
        if (template.isEmpty()) {
            diagnostics.add(Diagnostic.error(reference.position(), "UNKNOWN_TEMPLATE", "template '" + reference.text()
                    + "' not found: looked for templates/" + reference.text() + ".yaml next to the document, above it, and in the application"));
            return document;
        }
        MappingDocument base = load(template.get().text(), template.get().fileName(), diagnostics, chain);
        return base == null ? document : DocumentMerger.merge(base, document);
    }

    private static void requireKeys(MappingDocument document, List<Diagnostic> diagnostics) {
        Position top = Position.start(document.file());
        require(document.flow(), "flow", "which flow this document serves, e.g. 'flow: products'", top, diagnostics);
        require(document.source(), "source", "the source entity, e.g. 'source: erp.item'", top, diagnostics);
        require(document.target(), "target", "the target entity, e.g. 'target: woocommerce.product'", top, diagnostics);
        require(document.key(), "key", "the expression giving each record's stable key, e.g. 'key: ItemCode'", top, diagnostics);
        if (document.fields().isEmpty()) {
            diagnostics.add(Diagnostic.error(top, "MISSING_KEY", "the document has no 'fields': map at least one target field"));
        }
    }

    private static void require(@Nullable Scalar value, String key, String what, Position top, List<Diagnostic> diagnostics) {
        if (value == null || value.text().isBlank()) {
            diagnostics.add(Diagnostic.error(value == null ? top : value.position(), "MISSING_KEY",
                    "'" + key + "' is required: " + what));
        }
    }

    private @Nullable EntitySchema schema(@Nullable Scalar name, List<Diagnostic> diagnostics) {
        if (name == null || schemas.isEmpty()) {
            return null;
        }
        EntitySchema schema = schemas.get(name.text());
        if (schema == null) {
            diagnostics.add(Diagnostic.warning(name.position(), "UNKNOWN_ENTITY", "no schema describes '" + name.text()
                    + "': its fields are not checked; known entities: " + String.join(", ", schemas.keySet().stream().sorted().toList())));
        }
        return schema;
    }

    private static String hash(MappingDocument document) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(DocumentWriter.write(document).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
