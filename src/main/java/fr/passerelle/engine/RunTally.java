package fr.passerelle.engine;

import java.util.HashMap;
import java.util.Map;

/** Counts a run's outcomes as they come, and which fields a dry run would change. */
final class RunTally {

    private final boolean dryRun;
    private final int[] counts = new int[RecordOutcome.Kind.values().length];
    private final Map<String, Integer> fieldChanges = new HashMap<>();
    private long done;

    RunTally(boolean dryRun) {
        this.dryRun = dryRun;
    }

    void add(RecordOutcome outcome) {
        counts[outcome.kind().ordinal()]++;
        done++;
        if (dryRun) {
            outcome.changedFields().forEach(f -> fieldChanges.merge(f, 1, Integer::sum));
        }
    }

    long done() {
        return done;
    }

    RunSummary summary(boolean stopped) {
        int failed = counts[RecordOutcome.Kind.FAILED.ordinal()];
        RunSummary.Status status = stopped ? RunSummary.Status.FAILED
                : failed > 0 ? RunSummary.Status.PARTIAL : RunSummary.Status.SUCCEEDED;
        return new RunSummary(dryRun, counts[RecordOutcome.Kind.CREATED.ordinal()],
                counts[RecordOutcome.Kind.UPDATED.ordinal()], counts[RecordOutcome.Kind.UNCHANGED.ordinal()],
                counts[RecordOutcome.Kind.SKIPPED.ordinal()], failed, fieldChanges, status);
    }
}
