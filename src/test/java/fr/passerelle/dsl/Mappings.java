package fr.passerelle.dsl;

import fr.passerelle.dsl.compiler.CompilationResult;
import fr.passerelle.dsl.compiler.MappingCompiler;
import fr.passerelle.plan.MappingPlan;
import fr.passerelle.plan.MappingResult;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Test fixtures: small documents compiled in memory. */
public final class Mappings {

    private Mappings() {
    }

    /** A document mapping every field of {@code fields} (YAML lines under "fields:"), key = Id. */
    public static String document(String... fieldLines) {
        StringBuilder yaml = new StringBuilder("flow: products\nsource: erp.item\ntarget: woocommerce.product\nkey: \"'k'\"\nfields:\n");
        for (String line : fieldLines) {
            yaml.append("  ").append(line).append('\n');
        }
        return yaml.toString();
    }

    public static CompilationResult compile(String yaml) {
        return new MappingCompiler().compile(yaml, "test.yaml");
    }

    public static MappingPlan plan(String yaml) {
        return compile(yaml).planOrThrow();
    }

    /** Evaluates one expression against a record (the field "v" of a one-field document). */
    public static @Nullable Object eval(String expression, Map<String, ?> record) {
        String quoted = "'" + expression.replace("'", "''") + "'";
        MappingResult result = plan(document("v: " + quoted)).apply(record, Map.of());
        if (result instanceof MappingResult.Mapped mapped) {
            return mapped.payload().get("v");
        }
        throw new AssertionError("expected a payload, got " + result);
    }

    public static @Nullable Object eval(String expression) {
        return eval(expression, Map.of());
    }

    /** A record from alternating names and values (values may be null). */
    public static Map<String, @Nullable Object> record(@Nullable Object... namesAndValues) {
        Map<String, @Nullable Object> record = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            record.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return record;
    }

    /** The failure a one-expression document gives for a record. */
    public static MappingResult.Failed failure(String expression, Map<String, ?> record) {
        String quoted = "'" + expression.replace("'", "''") + "'";
        MappingResult result = plan(document("v: " + quoted)).apply(record, Map.of());
        if (result instanceof MappingResult.Failed failed) {
            return failed;
        }
        throw new AssertionError("expected a failure, got " + result);
    }
}
