package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.ID_LINK;
import static fr.passerelle.store.jooq.Tables.RUN;
import static fr.passerelle.store.jooq.Tables.RUN_RECORD;
import static fr.passerelle.store.jooq.Tables.WATERMARK;

import fr.passerelle.engine.IdLink;
import fr.passerelle.engine.RecordOutcome;
import fr.passerelle.engine.RunPorts;
import fr.passerelle.engine.RunSummary;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jspecify.annotations.Nullable;

/**
 * The engine's storage ports for one profile, on PostgreSQL. Id links and watermarks are
 * written at once (they are what makes a resumed run safe); record outcomes are buffered and
 * inserted in batches, since a run may have a million of them.
 */
public final class ProfileRunPorts implements RunPorts.IdLinks, RunPorts.Watermarks, RunPorts.RunRecorder {

    private static final int OUTCOME_BATCH = 500;

    private final DSLContext db;
    private final long profileId;
    // the published mapping version the runs use, so lineage can say which plan decided
    private final @Nullable Long mappingVersionId;
    private final List<Query> pendingOutcomes = new ArrayList<>();

    ProfileRunPorts(DSLContext db, long profileId) {
        this(db, profileId, null);
    }

    ProfileRunPorts(DSLContext db, long profileId, @Nullable Long mappingVersionId) {
        this.db = db;
        this.profileId = profileId;
        this.mappingVersionId = mappingVersionId;
    }

    @Override
    public Map<String, IdLink> find(String entity, Collection<String> erpKeys) {
        if (erpKeys.isEmpty()) {
            return Map.of();
        }
        return db.selectFrom(ID_LINK)
                .where(ID_LINK.PROFILE_ID.eq(profileId), ID_LINK.ENTITY.eq(entity), ID_LINK.ERP_KEY.in(erpKeys))
                .fetch()
                .stream()
                .collect(Collectors.toMap(r -> r.getErpKey(), r -> new IdLink(r.getErpKey(), r.getShopId(),
                        r.getPayloadHash(), LazyPayload.of(r.getLastPayload()))));
    }

    @Override
    public void save(String entity, IdLink link, long runId) {
        saveQueries(entity, link, runId).forEach(Query::execute);
    }

    /** A written batch's links in one JDBC batch (one round trip), same statements in the same order. */
    @Override
    public void saveAll(String entity, List<IdLink> links, long runId) {
        if (links.isEmpty()) {
            return;
        }
        List<Query> queries = new ArrayList<>(links.size() * 2);
        links.forEach(link -> queries.addAll(saveQueries(entity, link, runId)));
        db.batch(queries).execute();
    }

    private List<Query> saveQueries(String entity, IdLink link, long runId) {
        // A shop id freed by a deleted record may come back for another key: the newest binding wins.
        Query release = db.deleteFrom(ID_LINK).where(ID_LINK.PROFILE_ID.eq(profileId), ID_LINK.ENTITY.eq(entity),
                ID_LINK.SHOP_ID.eq(link.targetId()), ID_LINK.ERP_KEY.ne(link.erpKey()));
        Query upsert = db.insertInto(ID_LINK)
                .set(ID_LINK.PROFILE_ID, profileId)
                .set(ID_LINK.ENTITY, entity)
                .set(ID_LINK.ERP_KEY, link.erpKey())
                .set(ID_LINK.SHOP_ID, link.targetId())
                .set(ID_LINK.PAYLOAD_HASH, link.payloadHash())
                .set(ID_LINK.LAST_PAYLOAD, PayloadJson.write(link.lastPayload()))
                .set(ID_LINK.LAST_RUN_ID, runId)
                .onConflict(ID_LINK.PROFILE_ID, ID_LINK.ENTITY, ID_LINK.ERP_KEY)
                .doUpdate()
                .set(ID_LINK.SHOP_ID, link.targetId())
                .set(ID_LINK.PAYLOAD_HASH, link.payloadHash())
                .set(ID_LINK.LAST_PAYLOAD, PayloadJson.write(link.lastPayload()))
                .set(ID_LINK.LAST_RUN_ID, runId)
                .set(ID_LINK.UPDATED_AT, OffsetDateTime.now());
        return List.of(release, upsert);
    }

    @Override
    public Optional<Instant> get(String flow) {
        return db.select(WATERMARK.VALUE).from(WATERMARK)
                .where(WATERMARK.PROFILE_ID.eq(profileId), WATERMARK.FLOW.eq(flow))
                .fetchOptional(WATERMARK.VALUE)
                .map(Instant::parse);
    }

    @Override
    public void advance(String flow, Instant value) {
        db.insertInto(WATERMARK, WATERMARK.PROFILE_ID, WATERMARK.FLOW, WATERMARK.VALUE)
                .values(profileId, flow, value.toString())
                .onConflict(WATERMARK.PROFILE_ID, WATERMARK.FLOW)
                .doUpdate()
                .set(WATERMARK.VALUE, value.toString())
                .set(WATERMARK.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }

    @Override
    public long start(String flow, boolean dryRun) {
        return db.insertInto(RUN, RUN.PROFILE_ID, RUN.FLOW, RUN.STATUS, RUN.DRY_RUN, RUN.NODE, RUN.MAPPING_VERSION_ID)
                .values(profileId, flow, "RUNNING", dryRun, ProcessHandle.current().pid() + "@" + hostName(),
                        mappingVersionId)
                .returning(RUN.ID)
                .fetchOne(RUN.ID);
    }

    /** Unchanged records are counted, not listed: a re-run of a big catalogue adds no rows. */
    @Override
    public void record(long runId, RecordOutcome outcome) {
        if (outcome.kind() == RecordOutcome.Kind.UNCHANGED) {
            return;
        }
        pendingOutcomes.add(db.insertInto(RUN_RECORD)
                .set(RUN_RECORD.RUN_ID, runId)
                .set(RUN_RECORD.RECORD_KEY, outcome.key())
                .set(RUN_RECORD.OUTCOME, outcome.kind().name())
                .set(RUN_RECORD.SHOP_ID, outcome.targetId())
                .set(RUN_RECORD.REASON, outcome.reason())
                .set(RUN_RECORD.PAYLOAD, PayloadJson.write(outcome.payload()))
                .set(RUN_RECORD.CHANGED_FIELDS, outcome.changedFields().isEmpty() ? null
                        : PayloadJson.write(outcome.changedFields())));
        if (pendingOutcomes.size() >= OUTCOME_BATCH) {
            flush();
        }
    }

    @Override
    public void finish(long runId, RunSummary summary) {
        flush();
        db.update(RUN)
                .set(RUN.STATUS, summary.status().name())
                .set(RUN.FINISHED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .set(RUN.CREATED_COUNT, summary.created())
                .set(RUN.UPDATED_COUNT, summary.updated())
                .set(RUN.UNCHANGED_COUNT, summary.unchanged())
                .set(RUN.SKIPPED_COUNT, summary.skipped())
                .set(RUN.FAILED_COUNT, summary.failed())
                .set(RUN.FIELD_CHANGES, PayloadJson.write(summary.fieldChanges()))
                .where(RUN.ID.eq(runId))
                .execute();
    }

    private void flush() {
        if (!pendingOutcomes.isEmpty()) {
            db.batch(pendingOutcomes).execute();
            pendingOutcomes.clear();
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
