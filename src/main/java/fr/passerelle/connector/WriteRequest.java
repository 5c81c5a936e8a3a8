package fr.passerelle.connector;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One record to write: the payload a plan built, shaped like the target entity's schema.
 *
 * @param key the source record's key (ERP item code ...), echoed in the result
 * @param targetId the id the target system gave this record before (id link), or null to create
 * @param payload field values by target path, nested maps and lists as the schema describes
 */
public record WriteRequest(String key, @Nullable String targetId, Map<String, @Nullable Object> payload) {

    public WriteRequest {
        Objects.requireNonNull(key, "key");
        payload = Collections.unmodifiableMap(new LinkedHashMap<>(payload));
    }
}
