package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.RUN;
import static fr.passerelle.store.jooq.Tables.RUN_RECORD;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The runs' headers (not their records): what the studio shows next to each flow. */
@Repository
public class RunLog {

    private final DSLContext db;

    RunLog(DSLContext db) {
        this.db = db;
    }

    /** A run as recorded; {@code finishedAt} is null while it runs (or if its node died). */
    public record RunHeader(long id, String flow, String status, boolean dryRun, OffsetDateTime startedAt,
            @Nullable OffsetDateTime finishedAt, int created, int updated, int unchanged, int skipped, int failed) {
    }

    /** The newest run of each flow of the profile, dry runs included, keyed by flow id. */
    public Map<String, RunHeader> latestPerFlow(long profileId) {
        Map<String, RunHeader> latest = new LinkedHashMap<>();
        // ids grow with time: the newest run of a flow is the one with the highest id
        db.selectFrom(RUN)
                .where(RUN.ID.in(DSL.select(DSL.max(RUN.ID)).from(RUN).where(RUN.PROFILE_ID.eq(profileId))
                        .groupBy(RUN.FLOW)))
                .orderBy(RUN.FLOW)
                .fetch()
                .forEach(r -> latest.put(r.get(RUN.FLOW), new RunHeader(r.get(RUN.ID), r.get(RUN.FLOW),
                        r.get(RUN.STATUS), r.get(RUN.DRY_RUN), r.get(RUN.STARTED_AT), r.get(RUN.FINISHED_AT),
                        r.get(RUN.CREATED_COUNT), r.get(RUN.UPDATED_COUNT), r.get(RUN.UNCHANGED_COUNT),
                        r.get(RUN.SKIPPED_COUNT), r.get(RUN.FAILED_COUNT))));
        return latest;
    }

    /** The keys of the records that failed in this run (to replay them alone). */
    public Set<String> failedKeys(long runId) {
        return new LinkedHashSet<>(db.select(RUN_RECORD.RECORD_KEY).from(RUN_RECORD)
                .where(RUN_RECORD.RUN_ID.eq(runId), RUN_RECORD.OUTCOME.eq("FAILED"))
                .orderBy(RUN_RECORD.ID)
                .fetch(RUN_RECORD.RECORD_KEY));
    }
}
