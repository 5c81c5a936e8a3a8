package fr.passerelle.dsl.mvel;

import fr.passerelle.plan.CompiledExpression;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mvel2.CompileException;
import org.mvel2.MVEL;

/**
 * Compiles one expression of a mapping document: sandbox check, then the fast evaluator, then
 * (only for what the fast grammar lacks) MVEL. Problems carry offsets in the expression text;
 * the document compiler maps them to lines and columns.
 */
public final class ExpressionCompiler {

    /** The compiled expression (null when there are errors) and every problem found. */
    public record Result(@Nullable CompiledExpression expression, List<ExpressionProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }
    }

    private ExpressionCompiler() {
    }

    public static Result compile(String text, ExpressionScope scope) {
        List<ExpressionProblem> problems = new ArrayList<>();
        if (text.isBlank()) {
            problems.add(ExpressionProblem.error(0, "SYNTAX", "the expression is empty"));
            return new Result(null, problems);
        }
        List<Token> tokens;
        try {
            tokens = ExpressionLexer.lex(text);
        } catch (ExpressionLexer.LexException e) {
            problems.add(ExpressionProblem.error(e.offset, "SYNTAX", e.getMessage()));
            return new Result(null, problems);
        }
        SandboxPolicy.check(text, tokens, scope, problems::add);
        if (problems.stream().anyMatch(p -> !p.warning())) {
            return new Result(null, problems);
        }
        CompiledExpression fast = FastExpressions.compile(text, tokens, scope);
        if (fast != null) {
            return new Result(fast, problems);
        }
        try {
            String mvelText = MvelSandbox.aliasOperatorNames(text, tokens);
            return new Result(new MvelExpression(text, MVEL.compileExpression(mvelText, MvelSandbox.newContext())), problems);
        } catch (CompileException e) {
            int offset = Math.max(0, Math.min(e.getCursor(), text.length()));
            problems.add(ExpressionProblem.error(offset, "SYNTAX", "syntax error: " + MvelMessages.firstLine(e.getMessage())));
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(ExpressionProblem.error(0, "SYNTAX", "cannot compile: " + MvelMessages.runtime(e)));
        }
        return new Result(null, problems);
    }

    /** The plain names an expression reads (not members, not function names): for let ordering. */
    public static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        try {
            List<Token> tokens = ExpressionLexer.lex(text);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                boolean member = i > 0 && (tokens.get(i - 1).is(".") || tokens.get(i - 1).is(".?"));
                if (t.kind() == Token.Kind.IDENT && !member && !tokens.get(i + 1).is("(")) {
                    names.add(t.text());
                }
            }
        } catch (ExpressionLexer.LexException e) {
            // reported when the expression is compiled
        }
        return names;
    }
}
