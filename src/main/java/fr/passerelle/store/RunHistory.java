package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.RUN;
import static fr.passerelle.store.jooq.Tables.RUN_RECORD;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Runs and their record outcomes: the engine's ports per profile, and lineage queries. */
@Repository
public class RunHistory {

    private final DSLContext db;

    RunHistory(DSLContext db) {
        this.db = db;
    }

    /** Storage ports for one profile's runs; not thread-safe, one per run. */
    public ProfileRunPorts portsFor(long profileId) {
        return new ProfileRunPorts(db, profileId);
    }

    /** One record's trace: every run that touched it, newest first ("why was this skipped?"). */
    public record Touch(long runId, String flow, OffsetDateTime at, String outcome, @Nullable String shopId,
            @Nullable String reason, @Nullable String payloadJson) {
    }

    public List<Touch> lineage(long profileId, String recordKey) {
        return db.select(RUN.ID, RUN.FLOW, RUN_RECORD.CREATED_AT, RUN_RECORD.OUTCOME, RUN_RECORD.SHOP_ID,
                        RUN_RECORD.REASON, RUN_RECORD.PAYLOAD)
                .from(RUN_RECORD)
                .join(RUN).on(RUN.ID.eq(RUN_RECORD.RUN_ID))
                .where(RUN.PROFILE_ID.eq(profileId), RUN_RECORD.RECORD_KEY.eq(recordKey))
                .orderBy(RUN_RECORD.ID.desc())
                .fetch(r -> new Touch(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7() == null ? null : r.value7().data()));
    }
}
