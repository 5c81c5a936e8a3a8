package fr.passerelle.dsl.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each kind of expression compiles to: plans do the least work per record. */
class ExpressionCompilerTest {

    private static final ExpressionScope SCOPE = new ExpressionScope(Map.of("ttc", 0), null, false, Set.of("taxClass"));

    @Test
    void aBareFieldIsADirectMapRead() {
        assertThat(ExpressionCompiler.compile("ItemCode", SCOPE).expression()).isInstanceOf(Nodes.FieldRead.class);
    }

    @Test
    void aLetNameReadsTheLetSlot() {
        assertThat(ExpressionCompiler.compile("ttc", SCOPE).expression()).isInstanceOf(Nodes.LetRead.class);
    }

    @Test
    void callsOperatorsAndLookupsCompileToTheirOwnNodes() {
        assertThat(ExpressionCompiler.compile("fmt(ttc * (1 + VatRate / 100), 2)", SCOPE).expression()).isInstanceOf(Nodes.Call.class);
        assertThat(ExpressionCompiler.compile("Sleeping || !Published ? 'draft' : 'publish'", SCOPE).expression())
                .isInstanceOf(Nodes.Conditional.class);
        assertThat(ExpressionCompiler.compile("lookup('taxClass', VatRate)", SCOPE).expression()).isInstanceOf(Nodes.Lookup.class);
        assertThat(ExpressionCompiler.compile("profile.warehouse", SCOPE).expression()).isInstanceOf(Nodes.PropertyRead.class);
    }

    @Test
    void methodsAndIndexingAreNodesOfTheSameEvaluator() {
        var result = ExpressionCompiler.compile("Caption.length() > 3 && Tags[0] == 'x'", SCOPE);
        assertThat(result.problems()).isEmpty();
        assertThat(result.expression()).isInstanceOf(Nodes.Logical.class);
        assertThat(ExpressionCompiler.compile("Caption.trim()", SCOPE).expression()).isInstanceOf(Nodes.MethodCall.class);
        assertThat(ExpressionCompiler.compile("Tags[0]", SCOPE).expression()).isInstanceOf(Nodes.IndexRead.class);
    }

    @Test
    void aSyntaxErrorPointsInsideTheExpression() {
        var result = ExpressionCompiler.compile("Caption.length( > 3", SCOPE);
        assertThat(result.expression()).isNull();
        assertThat(result.problems()).isNotEmpty().allMatch(p -> p.code().equals("SYNTAX"));
    }

    @Test
    void namesListsWhatAnExpressionReads() {
        assertThat(ExpressionCompiler.names("fmt(a + b.c, 2) + lower(d)")).containsExactly("a", "b", "d");
    }
}
