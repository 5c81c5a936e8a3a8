package fr.passerelle.dsl.compiler;

import fr.passerelle.connector.EntitySchema;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.dsl.Diagnostic;
import fr.passerelle.dsl.MappingDocument;
import fr.passerelle.dsl.MappingDocument.Entry;
import fr.passerelle.dsl.MappingDocument.RuleDoc;
import fr.passerelle.dsl.Scalar;
import fr.passerelle.dsl.expression.ExpressionCompiler;
import fr.passerelle.dsl.expression.ExpressionProblem;
import fr.passerelle.dsl.expression.ExpressionScope;
import fr.passerelle.plan.CompiledExpression;
import fr.passerelle.plan.FieldMapping;
import fr.passerelle.plan.LetBinding;
import fr.passerelle.plan.ListBlock;
import fr.passerelle.plan.LookupTable;
import fr.passerelle.plan.MappingPlan;
import fr.passerelle.plan.Rule;
import fr.passerelle.plan.TargetPath;
import fr.passerelle.plan.TargetPathSyntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Compiles one merged document's parts into a plan, reporting each problem where it is. */
final class PlanBuilder {

    private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    private final MappingDocument document;
    private final Consumer<Diagnostic> diagnostics;
    private final TargetChecks targetChecks;
    private final @Nullable EntitySchema source;
    private final ExpressionScope scope;
    private final List<Entry> lets;
    private boolean failed;

    PlanBuilder(MappingDocument document, @Nullable EntitySchema source, @Nullable EntitySchema target,
            Consumer<Diagnostic> diagnostics) {
        this.document = document;
        this.source = source;
        this.diagnostics = d -> {
            failed |= d.isError();
            diagnostics.accept(d);
        };
        this.targetChecks = new TargetChecks(target, this.diagnostics);
        this.lets = LetOrder.order(document.lets(), this.diagnostics);
        Set<String> fields = source == null ? null : source.fields().stream()
                .map(f -> f.name().split("[.\\[]", 2)[0]).collect(Collectors.toSet());
        Set<String> tables = document.lookups().stream().map(l -> l.name().text()).collect(Collectors.toSet());
        this.scope = new ExpressionScope(index(lets), fields, source != null && source.openFields(), tables);
    }

    private static Map<String, Integer> index(List<Entry> lets) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < lets.size(); i++) {
            index.put(lets.get(i).name().text(), i);
        }
        return index;
    }

    @Nullable MappingPlan build(String contentHash) {
        Map<String, LookupTable> lookups = new LinkedHashMap<>();
        document.lookups().forEach(l -> lookups.put(l.name().text(), LookupTables.build(l, diagnostics)));
        CompiledExpression key = compile(document.key(), scope);
        CompiledExpression where = document.where() == null ? null : compile(document.where(), scope);
        List<LetBinding> bindings = letBindings(lets, scope);
        List<FieldMapping> fields = fieldMappings(document.fields(), new Level(scope, "", ""), true);
        List<Rule> rules = new ArrayList<>();
        for (RuleDoc rule : document.rules()) {
            CompiledExpression when = rule.when() == null ? null : compile(rule.when(), scope);
            CompiledExpression reject = rule.reject() == null ? null : compile(rule.reject(), scope);
            rules.add(new Rule(rule.name().text(), when, fieldMappings(rule.set(), new Level(scope, "", ""), false), reject));
        }
        int version = DocumentValues.version(document.version(), diagnostics);
        var budget = DocumentValues.budget(document.budget(), diagnostics);
        if (failed || key == null) {
            return null;
        }
        return new MappingPlan(text(document.flow()), text(document.source()), text(document.target()), key, where,
                lookups, bindings, fields, rules, version, contentHash, budget);
    }

    /**
     * Where fields are compiled: the expression scope, and the schema prefixes of the list the
     * level's items come from ({@code line_items[].}) and go to ({@code lines[].}); empty at the record.
     */
    private record Level(ExpressionScope scope, @Nullable String sourcePrefix, String targetPrefix) {
    }

    private List<LetBinding> letBindings(List<Entry> ordered, ExpressionScope at) {
        List<LetBinding> bindings = new ArrayList<>();
        for (Entry let : ordered) {
            CompiledExpression expression = compile(let.requireExpression(), at);
            if (expression != null) {
                bindings.add(new LetBinding(let.name().text(), expression));
            }
        }
        return bindings;
    }

    private List<FieldMapping> fieldMappings(List<Entry> entries, Level level, boolean checkConflicts) {
        List<FieldMapping> mappings = new ArrayList<>();
        for (Entry entry : entries) {
            TargetPath path = path(entry.name(), level.targetPrefix());
            CompiledExpression expression = entry.block() != null ? block(entry, level) : compile(entry.requireExpression(), level.scope());
            if (path != null && expression != null) {
                mappings.add(new FieldMapping(path, expression));
            }
        }
        if (checkConflicts) {
            targetChecks.conflicts(entries);
        }
        return mappings;
    }

    /** An {@code each} block: its list in the enclosing scope, its where, lets and fields one level deeper. */
    private @Nullable CompiledExpression block(Entry entry, Level outer) {
        MappingDocument.Block block = entry.block();
        CompiledExpression each = compile(block.each(), outer.scope());
        String sourcePrefix = itemPrefix(block.each(), outer);
        Set<String> itemFields = sourcePrefix == null ? null : itemFields(sourcePrefix);
        List<Entry> blockLets = LetOrder.order(block.lets(), diagnostics);
        ExpressionScope beforeLets = outer.scope().inside(new ExpressionScope.Block(Map.of(), itemFields));
        ExpressionScope inner = outer.scope().inside(new ExpressionScope.Block(index(blockLets), itemFields));
        CompiledExpression where = null;
        if (block.where() != null) {
            Set<String> used = new LinkedHashSet<>(ExpressionCompiler.names(block.where().text()));
            used.retainAll(index(blockLets).keySet());
            if (!used.isEmpty()) {
                diagnostics.accept(Diagnostic.error(block.where().position(), "SHAPE", "the block's 'where' runs before its 'let': "
                        + String.join(", ", used) + " cannot be used there; write the condition with the item's fields"));
            }
            where = compile(block.where(), beforeLets);
        }
        List<LetBinding> bindings = letBindings(blockLets, inner);
        String targetPrefix = outer.targetPrefix() + entry.name().text() + "[].";
        List<FieldMapping> fields = fieldMappings(block.fields(), new Level(inner, sourcePrefix, targetPrefix), true);
        if (each == null || (block.where() != null && where == null)) {
            return null;
        }
        return new ListBlock(entry.name().text(), each, where, bindings, fields);
    }

    /**
     * The schema prefix of the items of {@code each}, when it names a list the source schema
     * describes ({@code each: line_items} gives {@code line_items[].}); null when unknown.
     */
    private @Nullable String itemPrefix(Scalar each, Level outer) {
        String name = each.text().trim();
        if (source == null || !PLAIN_NAME.matcher(name).matches()) {
            return null;
        }
        boolean itemField = outer.sourcePrefix() != null && !outer.scope().blocks().isEmpty()
                && outer.scope().blocks().getLast().itemFields() != null
                && outer.scope().blocks().getLast().itemFields().contains(name);
        String prefix = (itemField ? outer.sourcePrefix() : "") + name + "[].";
        return source.fields().stream().anyMatch(f -> f.name().startsWith(prefix)) ? prefix : null;
    }

    /** The item fields under a schema prefix: {@code line_items[].sku} and {@code line_items[].taxes[].rate} give sku, taxes. */
    private Set<String> itemFields(String prefix) {
        Set<String> names = new LinkedHashSet<>();
        for (FieldSchema field : source.fields()) {
            if (field.name().startsWith(prefix)) {
                names.add(field.name().substring(prefix.length()).split("[.\\[]", 2)[0]);
            }
        }
        return names;
    }

    private @Nullable TargetPath path(Scalar name, String prefix) {
        try {
            TargetPath path = TargetPathSyntax.parse(name.text());
            targetChecks.check(name, path, prefix);
            return path;
        } catch (TargetPathSyntax.PathSyntaxException e) {
            diagnostics.accept(Diagnostic.error(name.positionOf(e.offset()), "TARGET_PATH", e.getMessage()));
            return null;
        }
    }

    private @Nullable CompiledExpression compile(@Nullable Scalar expression, ExpressionScope at) {
        if (expression == null) {
            return null;
        }
        ExpressionCompiler.Result result = ExpressionCompiler.compile(expression.text(), at);
        for (ExpressionProblem problem : result.problems()) {
            var position = expression.positionOf(problem.offset());
            diagnostics.accept(problem.warning() ? Diagnostic.warning(position, problem.code(), problem.message())
                    : Diagnostic.error(position, problem.code(), problem.message()));
        }
        return result.expression();
    }

    private static String text(@Nullable Scalar scalar) {
        return scalar == null ? "" : scalar.text();
    }
}
