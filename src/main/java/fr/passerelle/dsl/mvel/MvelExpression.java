package fr.passerelle.dsl.mvel;

import fr.passerelle.dsl.function.Values;
import fr.passerelle.plan.CompiledExpression;
import fr.passerelle.plan.EvaluationContext;
import fr.passerelle.plan.EvaluationException;
import java.io.Serializable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.mvel2.MVEL;

/** An expression outside the fast grammar, compiled once by MVEL and run for every record. */
final class MvelExpression implements CompiledExpression {

    private final String source;
    private final Serializable compiled;

    MvelExpression(String source, Serializable compiled) {
        this.source = source;
        this.compiled = compiled;
    }

    @Override
    public @Nullable Object evaluate(EvaluationContext context) {
        EvaluationContext previous = MvelFunctions.CURRENT.get();
        MvelFunctions.CURRENT.set(context);
        try {
            Object value = MVEL.executeExpression(compiled, new ContextVariables(context));
            // MVEL's own literals are Integer/Double: numbers leave as BigDecimal like every other value.
            return value instanceof Number n && !(value instanceof BigDecimal) ? Values.decimal(n, source) : value;
        } catch (EvaluationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EvaluationException(MvelMessages.runtime(e));
        } finally {
            MvelFunctions.CURRENT.set(previous);
        }
    }

    @Override
    public String source() {
        return source;
    }
}
