package fr.passerelle.store;

import org.jspecify.annotations.Nullable;

/**
 * What the run history records about who started a run (issue 15): the source ({@code STUDIO},
 * {@code COMMAND}, {@code SCHEDULE} ...), the scheduler's fire (trigger and scheduled time) and a
 * note such as "waited 12 s for run #40".
 */
public record RunTag(@Nullable String source, @Nullable String fireId, @Nullable String note) {

    public static final RunTag NONE = new RunTag(null, null, null);
}
