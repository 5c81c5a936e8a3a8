package fr.passerelle.dsl.mvel;

import fr.passerelle.plan.EvaluationContext;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mvel2.integration.VariableResolver;
import org.mvel2.integration.impl.BaseVariableResolverFactory;

/**
 * Read-only MVEL variables over one record's {@link EvaluationContext}: source fields, lets,
 * {@code target}, {@code profile}. Assigning is impossible (the sandbox refuses '=' anyway).
 */
final class ContextVariables extends BaseVariableResolverFactory {

    private static final long serialVersionUID = 1L;

    private final transient EvaluationContext context;

    ContextVariables(EvaluationContext context) {
        this.context = context;
    }

    @Override
    public VariableResolver createVariable(String name, @Nullable Object value) {
        throw new UnsupportedOperationException("mapping expressions cannot assign '" + name + "'");
    }

    @Override
    public VariableResolver createVariable(String name, @Nullable Object value, @Nullable Class<?> type) {
        throw new UnsupportedOperationException("mapping expressions cannot assign '" + name + "'");
    }

    @Override
    public boolean isTarget(String name) {
        return false;
    }

    @Override
    public boolean isResolveable(String name) {
        // Every plain name is a (possibly absent) source field: absent fields read as null.
        return !MvelFunctionNames.isFunction(name);
    }

    @Override
    public VariableResolver getVariableResolver(String name) {
        return new Resolver(name, context.variable(name));
    }

    @Override
    public Set<String> getKnownVariables() {
        return Set.of();
    }

    private record Resolver(String name, @Nullable Object value) implements VariableResolver {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Class<?> getType() {
            return Object.class;
        }

        @Override
        public void setStaticType(@Nullable Class type) {
            // types are dynamic
        }

        @Override
        public int getFlags() {
            return 0;
        }

        @Override
        public @Nullable Object getValue() {
            return value;
        }

        @Override
        public void setValue(@Nullable Object value) {
            throw new UnsupportedOperationException("mapping expressions cannot assign '" + name + "'");
        }
    }
}
