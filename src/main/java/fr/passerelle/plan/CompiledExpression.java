package fr.passerelle.plan;

import org.jspecify.annotations.Nullable;

/**
 * An expression compiled once, evaluated for many records. Implementations are immutable and
 * thread-safe: all per-record state lives in the {@link EvaluationContext}.
 */
public interface CompiledExpression {

    /** Evaluates against one record; null means "no value" (the field is left out). */
    @Nullable Object evaluate(EvaluationContext context);

    /** The expression as written in the mapping document, for messages. */
    String source();
}
