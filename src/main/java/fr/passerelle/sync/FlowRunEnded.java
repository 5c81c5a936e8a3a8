package fr.passerelle.sync;

import fr.passerelle.engine.RunSummary;

/**
 * Published when a run of a flow ends (successfully or not, but not when it was skipped): the
 * scheduler starts the flows scheduled "after" it, the metrics count it.
 */
public record FlowRunEnded(long profileId, String flow, RunSummary summary, RunTrigger trigger) {

    /** A real run that did not fail as a whole: the flows scheduled after it may start. */
    public boolean startsFollowers() {
        return !summary.dryRun() && summary.status() != RunSummary.Status.FAILED;
    }

    /** The run's counts in one line ("created 3, updated 0 ... [SUCCEEDED]"). */
    public String describe() {
        return summary.describe();
    }
}
