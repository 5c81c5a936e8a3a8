package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.MAPPING_VERSION;
import static fr.passerelle.store.jooq.Tables.RUN;
import static fr.passerelle.store.jooq.Tables.RUN_RECORD;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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

    /** The same, with the runs recorded as made with this published mapping version (its row id). */
    public ProfileRunPorts portsFor(long profileId, long mappingVersionId) {
        return new ProfileRunPorts(db, profileId, mappingVersionId);
    }

    /** The same, with who started the runs and why (issue 15). */
    public ProfileRunPorts portsFor(long profileId, long mappingVersionId, RunTag tag) {
        return new ProfileRunPorts(db, profileId, mappingVersionId, tag);
    }

    /**
     * A trigger that did not run because the flow was running: a run row with status SKIPPED and
     * the reason, so the history says what happened to every trigger.
     */
    public long recordSkipped(long profileId, String flow, RunTag tag) {
        OffsetDateTime now = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        return db.insertInto(RUN, RUN.PROFILE_ID, RUN.FLOW, RUN.STATUS, RUN.NODE, RUN.STARTED_AT, RUN.FINISHED_AT,
                        RUN.TRIGGER_SOURCE, RUN.FIRE_ID, RUN.NOTE)
                .values(profileId, flow, "SKIPPED", ProfileRunPorts.nodeName(), now, now, tag.source(), tag.fireId(),
                        tag.note())
                .returning(RUN.ID)
                .fetchOne(RUN.ID);
    }

    /** Whether a run of this scheduler fire already ended (not cancelled): a recovered fire is not run twice. */
    public boolean fireEnded(String fireId) {
        return db.fetchExists(db.selectOne().from(RUN).where(RUN.FIRE_ID.eq(fireId),
                RUN.STATUS.in("SUCCEEDED", "PARTIAL", "FAILED", "SKIPPED")));
    }

    /** The run of this flow still marked RUNNING, newest first: "run #12 on node 4711@host". */
    public java.util.Optional<String> describeRunning(long profileId, String flow) {
        return db.select(RUN.ID, RUN.NODE).from(RUN)
                .where(RUN.PROFILE_ID.eq(profileId), RUN.FLOW.eq(flow), RUN.STATUS.eq("RUNNING"))
                .orderBy(RUN.ID.desc()).limit(1)
                .fetchOptional(r -> "run #" + r.value1() + " on node " + r.value2());
    }

    /**
     * Runs left RUNNING by a node that died (the caller holds the flow's lock, so no live run of
     * this flow exists): marked CANCELLED with a note, before the run that takes over starts.
     */
    public int closeAbandoned(long profileId, String flow, String note) {
        return db.update(RUN).set(RUN.STATUS, "CANCELLED")
                .set(RUN.FINISHED_AT, OffsetDateTime.now(java.time.ZoneOffset.UTC))
                .set(RUN.NOTE, note)
                .where(RUN.PROFILE_ID.eq(profileId), RUN.FLOW.eq(flow), RUN.STATUS.eq("RUNNING"))
                .execute();
    }

    /**
     * One record's trace: every run that touched it, newest first ("why was this skipped?").
     * {@code mappingVersion} is the version of the published mapping the run used (null for runs
     * recorded without one), {@code dryRun} whether nothing was actually written.
     */
    public record Touch(long runId, String flow, OffsetDateTime at, String outcome, @Nullable String shopId,
            @Nullable String reason, @Nullable String payloadJson, @Nullable Integer mappingVersion,
            boolean dryRun) {
    }

    /** How many touches the lineage screen lists at most: the newest ones tell the story. */
    public static final int LINEAGE_LIMIT = 200;

    /**
     * The runs that touched a record, by its key (SKU, ERP customer id, order number) or, for
     * customers, by the e-mail its payload carried.
     */
    public List<Touch> lineage(long profileId, String recordKey) {
        String key = recordKey.strip();
        Condition email = key.contains("@")
                ? DSL.condition("lower({0} ->> 'email') = lower({1})", RUN_RECORD.PAYLOAD, DSL.val(key))
                : DSL.falseCondition();
        return db.select(RUN.ID, RUN.FLOW, RUN_RECORD.CREATED_AT, RUN_RECORD.OUTCOME, RUN_RECORD.SHOP_ID,
                        RUN_RECORD.REASON, RUN_RECORD.PAYLOAD, MAPPING_VERSION.VERSION, RUN.DRY_RUN)
                .from(RUN_RECORD)
                .join(RUN).on(RUN.ID.eq(RUN_RECORD.RUN_ID))
                .leftJoin(MAPPING_VERSION).on(MAPPING_VERSION.ID.eq(RUN.MAPPING_VERSION_ID))
                .where(RUN.PROFILE_ID.eq(profileId), RUN_RECORD.RECORD_KEY.eq(key).or(email))
                .orderBy(RUN_RECORD.ID.desc())
                .limit(LINEAGE_LIMIT)
                .fetch(r -> new Touch(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7() == null ? null : r.value7().data(), r.value8(), r.value9()));
    }
}
