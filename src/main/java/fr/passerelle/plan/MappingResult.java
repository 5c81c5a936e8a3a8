package fr.passerelle.plan;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a plan made of one record: a payload, a deliberate skip, or a failure. */
public sealed interface MappingResult {

    /** The record's key (null when the key itself could not be computed). */
    @Nullable String key();

    /** The record maps to this payload (nested maps and lists, null values left out). */
    record Mapped(String key, Map<String, @Nullable Object> payload) implements MappingResult {
    }

    /** The record is not for this flow ({@code where} was false): not an error. */
    record Skipped(@Nullable String key, String reason) implements MappingResult {
    }

    /** The record failed: {@code field} names the field, let or rule, {@code error} says why. */
    record Failed(@Nullable String key, String field, String error) implements MappingResult {
    }
}
