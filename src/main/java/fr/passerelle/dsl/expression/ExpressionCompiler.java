package fr.passerelle.dsl.expression;

import fr.passerelle.plan.CompiledExpression;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compiles one expression of a mapping document, in one pass over one parse: the {@link Lexer}'s
 * tokens go through {@link TokenPolicy} (early, friendly refusals), the {@link Parser} builds the
 * {@link Syntax} tree, {@link TreeCheck} checks that tree and {@link NodeBuilder} builds the
 * evaluator from that same tree. Nothing else parses or runs an expression. Problems carry offsets
 * in the expression text; the document compiler maps them to lines and columns.
 */
public final class ExpressionCompiler {

    /**
     * The compiled expression (null when there are errors), every problem found, and the tree that
     * was checked (null when the text does not parse).
     */
    public record Result(@Nullable CompiledExpression expression, List<ExpressionProblem> problems,
            @Nullable Syntax checkedTree) {

        public Result {
            problems = List.copyOf(problems);
        }

        /** The tree the evaluator was built from: the very object {@link #checkedTree} (or null). */
        public @Nullable Syntax evaluatedTree() {
            return expression instanceof Nodes.Node node ? node.tree() : null;
        }
    }

    private ExpressionCompiler() {
    }

    public static Result compile(String text, ExpressionScope scope) {
        List<ExpressionProblem> problems = new ArrayList<>();
        if (text.isBlank()) {
            problems.add(ExpressionProblem.error(0, "SYNTAX", "the expression is empty"));
            return new Result(null, problems, null);
        }
        List<Token> tokens;
        try {
            tokens = Lexer.lex(text);
        } catch (Lexer.LexException e) {
            problems.add(ExpressionProblem.error(e.offset, e.code, e.getMessage()));
            return new Result(null, problems, null);
        }
        // Words refused early still get the tree's checks (every refused name reported at once);
        // a bracket or nesting mistake stops here, before the parser recurses.
        if (!TokenPolicy.check(text, tokens, problems::add)) {
            return new Result(null, problems, null);
        }
        Syntax tree;
        try {
            tree = Parser.parse(tokens);
        } catch (Parser.ParseException e) {
            addOnce(problems, ExpressionProblem.error(e.offset, e.code, e.getMessage()));
            return new Result(null, problems, null);
        }
        TreeCheck.check(tree, scope, problem -> addOnce(problems, problem));
        if (hasErrors(problems)) {
            return new Result(null, problems, tree);
        }
        return new Result(NodeBuilder.build(tree, scope).asRoot(text, tree), problems, tree);
    }

    /** The token pass and the tree check may both see one mistake: it is reported once, at its place. */
    private static void addOnce(List<ExpressionProblem> problems, ExpressionProblem problem) {
        if (problems.stream().noneMatch(p -> p.offset() == problem.offset())) {
            problems.add(problem);
        }
    }

    private static boolean hasErrors(List<ExpressionProblem> problems) {
        return problems.stream().anyMatch(p -> !p.warning());
    }

    /** The plain names an expression reads (not members, not function names): for let ordering. */
    public static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        try {
            List<Token> tokens = Lexer.lex(text);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                boolean member = i > 0 && (tokens.get(i - 1).is(".") || tokens.get(i - 1).is(".?"));
                if (t.kind() == Token.Kind.IDENT && !member && !tokens.get(i + 1).is("(")) {
                    names.add(t.text());
                }
            }
        } catch (Lexer.LexException e) {
            // reported when the expression is compiled
        }
        return names;
    }

    /** The methods an expression may call on values, for the editor's completions and the docs. */
    public static List<String> methodNames() {
        return Methods.names();
    }
}
