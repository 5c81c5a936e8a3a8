package fr.passerelle.engine;

/**
 * @param dryRun everything but the writes: payloads and changed fields are recorded, ids are
 *     looked up, nothing is sent and no watermark moves
 */
public record RunOptions(boolean dryRun, ProgressListener progress) {

    public static RunOptions normal() {
        return new RunOptions(false, ProgressListener.NONE);
    }

    public static RunOptions dryRunOnly() {
        return new RunOptions(true, ProgressListener.NONE);
    }
}
