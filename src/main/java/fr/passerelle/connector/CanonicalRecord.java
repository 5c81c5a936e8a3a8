package fr.passerelle.connector;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A record as the engine passes it between connectors and plans: the entity it belongs to, its
 * stable key, and its fields as plain Java values. Values are {@link String},
 * {@link java.math.BigDecimal} (every number, integers included: money never goes through
 * double), {@link Boolean}, {@link java.time.LocalDate}, {@link java.time.OffsetDateTime},
 * {@link java.util.List} and {@link Map} (nested objects), or null.
 *
 * @param entity qualified entity name ({@code erp.item})
 * @param key the record's stable key in its system (item code, order id, e-mail ...)
 * @param fields the values, by field name, in the system's order
 * @param modifiedAt when the system last changed it, for watermarks; null when unknown
 */
public record CanonicalRecord(String entity, String key, Map<String, @Nullable Object> fields,
        @Nullable Instant modifiedAt) {

    public CanonicalRecord {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(key, "key");
        // Map.copyOf refuses null values, which records legitimately hold.
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public @Nullable Object get(String field) {
        return fields.get(field);
    }
}
