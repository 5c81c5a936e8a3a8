package fr.passerelle.sync;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Who starts a run and what it does when the flow is already running somewhere in the cluster
 * (issue 15, point 2): {@link WhenRunning#SKIP} records a SKIPPED run and gives up at once,
 * {@link WhenRunning#WAIT} waits up to {@code maxWait} for the run in progress to end.
 *
 * @param source STUDIO, COMMAND, SCHEDULE, AFTER (a flow it follows ended), WEBHOOK, RESYNC
 * @param fireId the scheduler's fire (trigger and scheduled time), null for a manual start
 * @param quotaAware wait while the shop's API budget is paused, and for the shop's heavy-flow slot
 */
public record RunTrigger(String source, WhenRunning whenRunning, Duration maxWait, @Nullable String fireId,
        boolean quotaAware) {

    public enum WhenRunning {
        SKIP,
        WAIT
    }

    /** The studio's "Lancer" and the {@code run} command: the person is told at once. */
    public static RunTrigger manual(String source) {
        return new RunTrigger(source, WhenRunning.SKIP, Duration.ZERO, null, false);
    }

    public static RunTrigger scheduled(String source, WhenRunning whenRunning, Duration maxWait, String fireId) {
        return new RunTrigger(source, whenRunning, maxWait, fireId, true);
    }
}
