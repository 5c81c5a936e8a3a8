package fr.passerelle.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule applied after the fields, in order: when {@code when} is true (or absent), its
 * {@code set} fields are written, then {@code reject}, if present, fails the record with its message.
 */
public record Rule(String name, @Nullable CompiledExpression when, List<FieldMapping> set,
        @Nullable CompiledExpression reject) {

    public Rule {
        set = List.copyOf(set);
    }
}
