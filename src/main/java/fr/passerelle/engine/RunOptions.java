package fr.passerelle.engine;

import java.util.Set;

/**
 * @param dryRun everything but the writes: payloads and changed fields are recorded, ids are
 *     looked up, nothing is sent and no watermark moves
 * @param progress told after every page
 * @param onlyKeys a targeted re-sync (drift repair, replay of failed records): only these
 *     source keys are handled, read from the start whatever the watermark, and written even if
 *     their payload did not change since it was last sent (unless {@code force} is false); empty for a normal run
 * @param force write even a payload identical to the last one sent (a re-sync); a targeted import
 *     ({@link #only}) leaves it false: an unchanged record is not written again
 */
public record RunOptions(boolean dryRun, ProgressListener progress, Set<String> onlyKeys, boolean force) {

    public RunOptions {
        onlyKeys = Set.copyOf(onlyKeys);
    }

    public RunOptions(boolean dryRun, ProgressListener progress, Set<String> onlyKeys) {
        this(dryRun, progress, onlyKeys, !onlyKeys.isEmpty());
    }

    public RunOptions(boolean dryRun, ProgressListener progress) {
        this(dryRun, progress, Set.of());
    }

    /**
     * Handles these source records now (a webhook named them), read by key where the source can,
     * written only if their payload changed: a webhook delivered twice, or after the poll, writes nothing.
     */
    public static RunOptions only(Set<String> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a targeted run needs at least one key");
        }
        return new RunOptions(false, ProgressListener.NONE, keys, false);
    }

    public static RunOptions normal() {
        return new RunOptions(false, ProgressListener.NONE);
    }

    public static RunOptions dryRunOnly() {
        return new RunOptions(true, ProgressListener.NONE);
    }

    /** Re-sends these records now, even unchanged: the shop drifted, or they failed before. */
    public static RunOptions resync(Set<String> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a targeted re-sync needs at least one key");
        }
        return new RunOptions(false, ProgressListener.NONE, keys);
    }

    public boolean targeted() {
        return !onlyKeys.isEmpty();
    }
}
