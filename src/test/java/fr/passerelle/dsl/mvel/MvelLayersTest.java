package fr.passerelle.dsl.mvel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.dsl.Mappings;
import fr.passerelle.plan.CompiledExpression;
import fr.passerelle.plan.EvaluationException;
import fr.passerelle.plan.MappingPlan;
import java.io.Serializable;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mvel2.MVEL;

/**
 * The layers behind the allowlist, tested on their own (as if the allowlist had a hole): MVEL's
 * class literals are gone and its class loader refuses everything but plain value types.
 */
class MvelLayersTest {

    private static @org.jspecify.annotations.Nullable Object runBypassingTheAllowlist(String expression) {
        MappingPlan plan = Mappings.plan(Mappings.document("v: x"));
        Serializable compiled = MVEL.compileExpression(expression, MvelSandbox.newContext());
        CompiledExpression unchecked = new MvelExpression(expression, compiled);
        var result = plan.apply(Map.of(), Map.of());
        assertThat(result).isNotNull();
        // Evaluate through a plan context: a one-field plan whose field is the unchecked expression.
        MappingPlan attack = new MappingPlan("f", "s", "t", plan.key(), null, Map.of(), java.util.List.of(),
                java.util.List.of(new fr.passerelle.plan.FieldMapping(plan.fields().get(0).path(), unchecked)),
                java.util.List.of(), 1, "h", MappingPlan.DEFAULT_BUDGET);
        var outcome = attack.apply(Map.of("x", "a"), Map.of());
        if (outcome instanceof fr.passerelle.plan.MappingResult.Mapped mapped) {
            return mapped.payload().get("v");
        }
        throw new EvaluationException(((fr.passerelle.plan.MappingResult.Failed) outcome).error());
    }

    @Test
    void runtimeIsNotAGlobalAnyMore() {
        assertThatThrownBy(() -> runBypassingTheAllowlist("Runtime.getRuntime()")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void systemIsNotAGlobalAnyMore() {
        assertThatThrownBy(() -> runBypassingTheAllowlist("System.getenv()")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void fullyQualifiedClassesDoNotResolve() {
        assertThatThrownBy(() -> runBypassingTheAllowlist("java.lang.Runtime.getRuntime()")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> runBypassingTheAllowlist("new java.lang.ProcessBuilder('id')")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void plainExpressionsStillWorkThroughTheSameContext() {
        assertThat(runBypassingTheAllowlist("x.length()")).isEqualTo(java.math.BigDecimal.ONE);
    }
}
