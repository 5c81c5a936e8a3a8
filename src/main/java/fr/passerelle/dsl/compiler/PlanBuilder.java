package fr.passerelle.dsl.compiler;

import fr.passerelle.connector.EntitySchema;
import fr.passerelle.dsl.Diagnostic;
import fr.passerelle.dsl.MappingDocument;
import fr.passerelle.dsl.MappingDocument.Entry;
import fr.passerelle.dsl.MappingDocument.RuleDoc;
import fr.passerelle.dsl.Scalar;
import fr.passerelle.dsl.mvel.ExpressionCompiler;
import fr.passerelle.dsl.mvel.ExpressionProblem;
import fr.passerelle.dsl.mvel.ExpressionScope;
import fr.passerelle.plan.CompiledExpression;
import fr.passerelle.plan.FieldMapping;
import fr.passerelle.plan.LetBinding;
import fr.passerelle.plan.LookupTable;
import fr.passerelle.plan.MappingPlan;
import fr.passerelle.plan.Rule;
import fr.passerelle.plan.TargetPath;
import fr.passerelle.plan.TargetPathSyntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Compiles one merged document's parts into a plan, reporting each problem where it is. */
final class PlanBuilder {

    private final MappingDocument document;
    private final Consumer<Diagnostic> diagnostics;
    private final TargetChecks targetChecks;
    private final ExpressionScope scope;
    private final List<Entry> lets;
    private boolean failed;

    PlanBuilder(MappingDocument document, @Nullable EntitySchema source, @Nullable EntitySchema target,
            Consumer<Diagnostic> diagnostics) {
        this.document = document;
        this.diagnostics = d -> {
            failed |= d.isError();
            diagnostics.accept(d);
        };
        this.targetChecks = new TargetChecks(target, this.diagnostics);
        this.lets = LetOrder.order(document.lets(), this.diagnostics);
        Map<String, Integer> letIndex = new HashMap<>();
        for (int i = 0; i < lets.size(); i++) {
            letIndex.put(lets.get(i).name().text(), i);
        }
        Set<String> fields = source == null ? null : source.fields().stream()
                .map(f -> f.name().split("[.\\[]", 2)[0]).collect(Collectors.toSet());
        Set<String> tables = document.lookups().stream().map(l -> l.name().text()).collect(Collectors.toSet());
        this.scope = new ExpressionScope(letIndex, fields, source != null && source.openFields(), tables);
    }

    @Nullable MappingPlan build(String contentHash) {
        Map<String, LookupTable> lookups = new LinkedHashMap<>();
        document.lookups().forEach(l -> lookups.put(l.name().text(), LookupTables.build(l, diagnostics)));
        CompiledExpression key = compile(document.key());
        CompiledExpression where = document.where() == null ? null : compile(document.where());
        List<LetBinding> bindings = new ArrayList<>();
        for (Entry let : lets) {
            CompiledExpression expression = compile(let.expression());
            if (expression != null) {
                bindings.add(new LetBinding(let.name().text(), expression));
            }
        }
        List<FieldMapping> fields = fieldMappings(document.fields(), true);
        List<Rule> rules = new ArrayList<>();
        for (RuleDoc rule : document.rules()) {
            CompiledExpression when = rule.when() == null ? null : compile(rule.when());
            CompiledExpression reject = rule.reject() == null ? null : compile(rule.reject());
            rules.add(new Rule(rule.name().text(), when, fieldMappings(rule.set(), false), reject));
        }
        int version = DocumentValues.version(document.version(), diagnostics);
        var budget = DocumentValues.budget(document.budget(), diagnostics);
        if (failed || key == null) {
            return null;
        }
        return new MappingPlan(text(document.flow()), text(document.source()), text(document.target()), key, where,
                lookups, bindings, fields, rules, version, contentHash, budget);
    }

    private List<FieldMapping> fieldMappings(List<Entry> entries, boolean checkConflicts) {
        List<FieldMapping> mappings = new ArrayList<>();
        for (Entry entry : entries) {
            TargetPath path = path(entry.name());
            CompiledExpression expression = compile(entry.expression());
            if (path != null && expression != null) {
                mappings.add(new FieldMapping(path, expression));
            }
        }
        if (checkConflicts) {
            targetChecks.conflicts(entries);
        }
        return mappings;
    }

    private @Nullable TargetPath path(Scalar name) {
        try {
            TargetPath path = TargetPathSyntax.parse(name.text());
            targetChecks.check(name, path);
            return path;
        } catch (TargetPathSyntax.PathSyntaxException e) {
            diagnostics.accept(Diagnostic.error(name.positionOf(e.offset()), "TARGET_PATH", e.getMessage()));
            return null;
        }
    }

    private @Nullable CompiledExpression compile(@Nullable Scalar expression) {
        if (expression == null) {
            return null;
        }
        ExpressionCompiler.Result result = ExpressionCompiler.compile(expression.text(), scope);
        for (ExpressionProblem problem : result.problems()) {
            var at = expression.positionOf(problem.offset());
            diagnostics.accept(problem.warning() ? Diagnostic.warning(at, problem.code(), problem.message())
                    : Diagnostic.error(at, problem.code(), problem.message()));
        }
        return result.expression();
    }

    private static String text(@Nullable Scalar scalar) {
        return scalar == null ? "" : scalar.text();
    }
}
