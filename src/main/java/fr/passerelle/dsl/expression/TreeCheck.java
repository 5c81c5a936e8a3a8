package fr.passerelle.dsl.expression;

import fr.passerelle.dsl.function.FunctionCatalog;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The authoritative check of an expression: it walks the very {@link Syntax} tree that
 * {@link NodeBuilder} then turns into the evaluator, and allows only what the evaluator can do
 * safely: names the scope declares, catalogued functions with their arities, methods of the
 * dispatch table, lookups of tables the document has. The node kinds themselves are a closed,
 * sealed set (no class, constructor, static access, assignment, loop or block exists to check).
 */
final class TreeCheck {

    private final ExpressionScope scope;
    private final Consumer<ExpressionProblem> problems;

    private TreeCheck(ExpressionScope scope, Consumer<ExpressionProblem> problems) {
        this.scope = scope;
        this.problems = problems;
    }

    static void check(Syntax tree, ExpressionScope scope, Consumer<ExpressionProblem> problems) {
        new TreeCheck(scope, problems).visit(tree);
    }

    private void visit(Syntax node) {
        switch (node) {
            case Syntax.Literal literal -> { }
            case Syntax.Name name -> name(name);
            case Syntax.Call call -> call(call);
            case Syntax.Member member -> {
                visit(member.object());
                refuseForbidden(member.offset(), member.name());
            }
            case Syntax.MethodCall call -> method(call);
            case Syntax.Index index -> {
                visit(index.object());
                if (index.index() instanceof Syntax.Literal(int offset, String text) && TokenPolicy.FORBIDDEN_NAMES.contains(text)) {
                    error(offset, "SANDBOX", "'" + text + "' is not allowed as an index");
                }
                visit(index.index());
            }
            case Syntax.ListLiteral list -> list.items().forEach(this::visit);
            case Syntax.Unary unary -> visit(unary.operand());
            case Syntax.Binary binary -> {
                visit(binary.left());
                visit(binary.right());
            }
            case Syntax.Conditional conditional -> {
                visit(conditional.condition());
                visit(conditional.then());
                visit(conditional.otherwise());
            }
        }
    }

    private void refuseForbidden(int offset, String name) {
        if (TokenPolicy.FORBIDDEN_NAMES.contains(name) || TokenPolicy.isForbiddenWord(name)) {
            error(offset, "SANDBOX", "'" + name
                    + "' is not allowed: expressions reach only the record, let values, target, profile and the documented functions");
        }
    }

    private void name(Syntax.Name node) {
        String name = node.name();
        refuseForbidden(node.offset(), name);
        if (ExpressionScope.CONTEXT_NAMES.contains(name) || scope.lets().containsKey(name)
                || (scope.inBlock() && ExpressionScope.BLOCK_NAMES.contains(name))) {
            return;
        }
        boolean itemFieldsUnknown = false;
        for (ExpressionScope.Block block : scope.blocks()) {
            if (block.lets().containsKey(name)) {
                return;
            }
            if (block.itemFields() == null) {
                itemFieldsUnknown = true;
            } else if (block.itemFields().contains(name)) {
                return;
            }
        }
        Set<String> fields = scope.sourceFields();
        if (fields == null || fields.contains(name) || itemFieldsUnknown) {
            return;
        }
        String where = scope.inBlock() ? "unknown field '" + name + "' (neither an item field nor a source field)"
                : "unknown source field '" + name + "'";
        java.util.Collection<String> candidates = scope.inBlock() && scope.blocks().getLast().itemFields() != null
                ? scope.blocks().getLast().itemFields() : fields;
        problems.accept(new ExpressionProblem(node.offset(), "UNKNOWN_FIELD",
                where + FunctionHints.closest(name, candidates), scope.openSource()));
    }

    private void call(Syntax.Call call) {
        String name = call.function();
        refuseForbidden(call.offset(), name);
        FunctionCatalog.Function function = FunctionCatalog.find(name);
        if (function == null) {
            if (!TokenPolicy.FORBIDDEN_NAMES.contains(name) && !TokenPolicy.isForbiddenWord(name)) {
                error(call.offset(), "UNKNOWN_FUNCTION", "unknown function '" + name + "'" + FunctionHints.suggestion(name));
            }
        } else {
            int args = call.arguments().size();
            if (args < function.minArgs() || args > function.maxArgs()) {
                error(call.offset(), "ARITY", name + "() takes " + function.arity() + ", got " + args);
            }
            if (name.equals("lookup") && !call.arguments().isEmpty()
                    && call.arguments().getFirst() instanceof Syntax.Literal(int offset, String table)
                    && !scope.lookupTables().contains(table)) {
                error(offset, "UNKNOWN_LOOKUP", "unknown lookup table '" + table + "'"
                        + (scope.lookupTables().isEmpty() ? ": the document has no 'lookups'"
                                : "; tables: " + String.join(", ", scope.lookupTables().stream().sorted().toList())));
            }
        }
        call.arguments().forEach(this::visit);
    }

    private void method(Syntax.MethodCall call) {
        visit(call.object());
        Methods.Method method = Methods.find(call.method());
        if (method == null) {
            error(call.offset(), "SANDBOX", "method '" + call.method() + "' is not allowed; allowed methods on values: "
                    + String.join(", ", Methods.names()));
        } else {
            int args = call.arguments().size();
            if (args < method.minArgs() || args > method.maxArgs()) {
                error(call.offset(), "ARITY", "." + call.method() + "() takes " + method.minArgs()
                        + (method.maxArgs() == method.minArgs() ? "" : " to " + method.maxArgs()) + " arguments, got " + args);
            }
        }
        call.arguments().forEach(this::visit);
    }

    private void error(int offset, String code, String message) {
        problems.accept(ExpressionProblem.error(offset, code, message));
    }
}
