package fr.passerelle.sync;

/**
 * The flow was running elsewhere in the cluster and this trigger did not run it (skipped, or
 * waited in vain); the run history has a SKIPPED run saying so.
 */
public class FlowBusyException extends SyncException {

    public FlowBusyException(String message) {
        super(message);
    }
}
