package fr.passerelle.engine;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The binding of an ERP record to its shop record, per profile and entity, with the hash (and
 * body) of the last payload sent, so an unchanged record is not written again and a dry run can
 * name the fields that change.
 */
public record IdLink(String erpKey, String targetId, @Nullable String payloadHash,
        @Nullable Map<String, @Nullable Object> lastPayload) {
}
