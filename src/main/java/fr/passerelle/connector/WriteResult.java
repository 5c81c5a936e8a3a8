package fr.passerelle.connector;

import org.jspecify.annotations.Nullable;

/**
 * What happened to one {@link WriteRequest}. A batch answers one result per request, in order:
 * a record the system refuses fails alone and the others keep their outcome.
 *
 * @param targetId the id in the target system (for id links), null when the write failed
 * @param error the system's reason, for the run history, when it failed
 * @param retryable true when trying again later may succeed (throttled, timed out, 5xx)
 */
public record WriteResult(String key, Outcome outcome, @Nullable String targetId, @Nullable String error,
        boolean retryable) {

    public enum Outcome {
        CREATED,
        UPDATED,
        FAILED
    }

    public static WriteResult created(String key, String targetId) {
        return new WriteResult(key, Outcome.CREATED, targetId, null, false);
    }

    public static WriteResult updated(String key, String targetId) {
        return new WriteResult(key, Outcome.UPDATED, targetId, null, false);
    }

    public static WriteResult failed(String key, String error, boolean retryable) {
        return new WriteResult(key, Outcome.FAILED, null, error, retryable);
    }

    public boolean succeeded() {
        return outcome != Outcome.FAILED;
    }
}
