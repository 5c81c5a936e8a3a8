package fr.passerelle.engine;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a mapping plan made of one source record. */
public sealed interface MappingStep {

    String key();

    /** A payload for the target, keyed by the record's stable key. */
    record Mapped(String key, Map<String, @Nullable Object> payload) implements MappingStep {
    }

    /** The mapping's {@code where} said no, or a rule skipped it: not an error. */
    record Skipped(String key, String reason) implements MappingStep {
    }

    /** An expression threw or a rule rejected the record: it fails alone, the run goes on. */
    record Failed(String key, String field, String error) implements MappingStep {
    }
}
