package fr.passerelle.engine;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one record in a run, as the run history keeps it.
 *
 * @param targetId the id in the target system when known
 * @param reason why it was skipped or failed
 * @param payload the payload built (sent, or that would have been sent in a dry run)
 * @param changedFields in a dry run or an update, the target paths whose value changes
 */
public record RecordOutcome(String key, Kind kind, @Nullable String targetId, @Nullable String reason,
        @Nullable Map<String, @Nullable Object> payload, List<String> changedFields) {

    public enum Kind {
        CREATED,
        UPDATED,
        UNCHANGED,
        SKIPPED,
        FAILED
    }

    public RecordOutcome {
        changedFields = List.copyOf(changedFields);
    }

    static RecordOutcome skipped(String key, String reason, @Nullable Map<String, @Nullable Object> payload) {
        return new RecordOutcome(key, Kind.SKIPPED, null, reason, payload, List.of());
    }

    static RecordOutcome failed(String key, String reason, @Nullable Map<String, @Nullable Object> payload) {
        return new RecordOutcome(key, Kind.FAILED, null, reason, payload, List.of());
    }
}
