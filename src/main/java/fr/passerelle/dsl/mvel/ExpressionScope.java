package fr.passerelle.dsl.mvel;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an expression may name.
 *
 * @param lets {@code let} names with their index in the plan
 * @param sourceFields the source schema's fields, or null when no schema is given (any name is then a field)
 * @param openSource the source schema allows fields beyond its list (unknown names only warn)
 * @param lookupTables the document's lookup tables
 */
public record ExpressionScope(Map<String, Integer> lets, @Nullable Set<String> sourceFields, boolean openSource,
        Set<String> lookupTables) {

    public ExpressionScope {
        lets = Map.copyOf(lets);
        sourceFields = sourceFields == null ? null : Set.copyOf(sourceFields);
        lookupTables = Set.copyOf(lookupTables);
    }

    /** Names every expression may read besides fields and lets. */
    static final Set<String> CONTEXT_NAMES = Set.of("target", "profile");
}
