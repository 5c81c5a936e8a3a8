package fr.passerelle.sync;

/** A run could not start: unknown profile or flow, no published mapping, a mapping that no longer compiles. */
public class SyncException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SyncException(String message) {
        super(message);
    }
}
