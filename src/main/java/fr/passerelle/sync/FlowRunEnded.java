package fr.passerelle.sync;

import fr.passerelle.engine.RunSummary;

/**
 * Published when a run of a flow ends (successfully or not, but not when it was skipped): the
 * scheduler starts the flows scheduled "after" it, the metrics count it.
 */
public record FlowRunEnded(long profileId, String flow, RunSummary summary, RunTrigger trigger) {
}
