package fr.passerelle.engine;

/** Progress of a run for the studio's progress bar; called from the run's thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    /**
     * @param done records handled so far
     * @param total records expected when the source says (else -1)
     */
    void progress(long done, long total);
}
