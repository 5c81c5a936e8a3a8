package fr.passerelle.engine;

import org.jspecify.annotations.Nullable;

/** One field where the shop no longer holds what the ERP says (changed by hand, or lost). */
public record Drift(String key, String targetId, String field, @Nullable Object expected, @Nullable Object actual) {
}
