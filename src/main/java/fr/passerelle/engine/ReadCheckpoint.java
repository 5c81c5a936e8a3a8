package fr.passerelle.engine;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where an unfinished read of a flow stands, saved after each finished page so that a crashed or
 * killed run resumes there instead of from the beginning. The cursor is the start of the last
 * finished page, not of the next one: the resumed run reads that page again (its records are
 * unchanged by hash, nothing is written), which also covers a source that pages by position and
 * lost records before the cursor in the meantime.
 *
 * @param since the watermark the interrupted read started from (null: everything)
 * @param cursor where the last finished page began (null: the first page)
 * @param latest the latest change seen so far, or null
 * @param started when the interrupted run started: the watermark never moves past it
 * @param sourceFilter the filter the read used; a checkpoint of another filter is not resumed
 * @param pageSize the page size the read used; a checkpoint of another size is not resumed
 */
public record ReadCheckpoint(@Nullable Instant since, @Nullable String cursor, @Nullable Instant latest,
        Instant started, @Nullable String sourceFilter, int pageSize) {

    public ReadCheckpoint {
        Objects.requireNonNull(started, "started");
    }

    /** Whether a read of this spec may go on from here (same filter, same page size). */
    boolean resumes(FlowSpec spec) {
        return pageSize == spec.pageSize() && Objects.equals(sourceFilter, spec.sourceFilter());
    }
}
