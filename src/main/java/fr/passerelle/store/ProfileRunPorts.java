package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.ID_LINK;
import static fr.passerelle.store.jooq.Tables.READ_CHECKPOINT;
import static fr.passerelle.store.jooq.Tables.RUN;
import static fr.passerelle.store.jooq.Tables.WATERMARK;

import fr.passerelle.engine.IdLink;
import fr.passerelle.engine.ReadCheckpoint;
import fr.passerelle.engine.RecordOutcome;
import fr.passerelle.engine.RunPorts;
import fr.passerelle.engine.RunSummary;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.JSONB;
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
    private final List<PendingOutcome> pendingOutcomes = new ArrayList<>();
    // who started the runs and why (issue 15): recorded on the run row
    private final RunTag tag;

    ProfileRunPorts(DSLContext db, long profileId) {
        this(db, profileId, null, RunTag.NONE);
    }

    ProfileRunPorts(DSLContext db, long profileId, @Nullable Long mappingVersionId) {
        this(db, profileId, mappingVersionId, RunTag.NONE);
    }

    ProfileRunPorts(DSLContext db, long profileId, @Nullable Long mappingVersionId, RunTag tag) {
        this.db = db;
        this.profileId = profileId;
        this.mappingVersionId = mappingVersionId;
        this.tag = tag;
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
    public Map<String, IdLink> findByTarget(String entity, Collection<String> targetIds) {
        if (targetIds.isEmpty()) {
            return Map.of();
        }
        return db.selectFrom(ID_LINK)
                .where(ID_LINK.PROFILE_ID.eq(profileId), ID_LINK.ENTITY.eq(entity), ID_LINK.SHOP_ID.in(targetIds))
                .fetch()
                .stream()
                .collect(Collectors.toMap(r -> r.getShopId(), r -> new IdLink(r.getErpKey(), r.getShopId(),
                        r.getPayloadHash(), LazyPayload.of(r.getLastPayload()))));
    }

    @Override
    public void save(String entity, IdLink link, long runId) {
        saveAll(entity, List.of(link), runId);
    }

    /**
     * A written batch's links in one transaction: two prepared JDBC batches (the releases, then the
     * upserts), parsed once by PostgreSQL instead of once per statement. Within one batch the newest
     * link per shop id wins, as if the statements ran link by link.
     */
    @Override
    public void saveAll(String entity, List<IdLink> links, long runId) {
        if (links.isEmpty()) {
            return;
        }
        Map<String, IdLink> byShopId = new LinkedHashMap<>();
        for (IdLink link : links) {
            byShopId.values().removeIf(l -> l.erpKey().equals(link.erpKey()));
            byShopId.remove(link.targetId());
            byShopId.put(link.targetId(), link);
        }
        db.transaction(trx -> trx.dsl().connection(connection -> {
            try (PreparedStatement release = connection.prepareStatement(RELEASE_SQL);
                    PreparedStatement upsert = connection.prepareStatement(UPSERT_SQL)) {
                for (IdLink link : byShopId.values()) {
                    release.setLong(1, profileId);
                    release.setString(2, entity);
                    release.setString(3, link.targetId());
                    release.setString(4, link.erpKey());
                    release.addBatch();
                    upsert.setLong(1, profileId);
                    upsert.setString(2, entity);
                    upsert.setString(3, link.erpKey());
                    upsert.setString(4, link.targetId());
                    upsert.setString(5, link.payloadHash());
                    upsert.setString(6, json(link.lastPayload()));
                    upsert.setLong(7, runId);
                    upsert.addBatch();
                }
                release.executeBatch();
                upsert.executeBatch();
            }
        }));
    }

    // A shop id freed by a deleted record may come back for another key: the newest binding wins.
    private static final String RELEASE_SQL =
            "delete from id_link where profile_id = ? and entity = ? and shop_id = ? and erp_key <> ?";
    private static final String UPSERT_SQL = "insert into id_link (profile_id, entity, erp_key, shop_id, payload_hash,"
            + " last_payload, last_run_id) values (?, ?, ?, ?, ?, ?::jsonb, ?)"
            + " on conflict (profile_id, entity, erp_key) do update set shop_id = excluded.shop_id,"
            + " payload_hash = excluded.payload_hash, last_payload = excluded.last_payload,"
            + " last_run_id = excluded.last_run_id, updated_at = now()";
    private static final String OUTCOME_SQL = "insert into run_record (run_id, record_key, outcome, shop_id, reason,"
            + " payload, changed_fields) values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)";

    private static @Nullable String json(@Nullable Object value) {
        JSONB json = PayloadJson.write(value);
        return json == null ? null : json.data();
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
    public Optional<ReadCheckpoint> checkpoint(String flow) {
        return db.selectFrom(READ_CHECKPOINT)
                .where(READ_CHECKPOINT.PROFILE_ID.eq(profileId), READ_CHECKPOINT.FLOW.eq(flow))
                .fetchOptional(r -> new ReadCheckpoint(instant(r.getSinceValue()), r.getCursorValue(),
                        instant(r.getLatestValue()), Instant.parse(r.getRunStarted()), r.getSourceFilter(), r.getPageSize()));
    }

    @Override
    public void saveCheckpoint(String flow, ReadCheckpoint checkpoint) {
        db.insertInto(READ_CHECKPOINT)
                .set(READ_CHECKPOINT.PROFILE_ID, profileId)
                .set(READ_CHECKPOINT.FLOW, flow)
                .set(READ_CHECKPOINT.SINCE_VALUE, text(checkpoint.since()))
                .set(READ_CHECKPOINT.CURSOR_VALUE, checkpoint.cursor())
                .set(READ_CHECKPOINT.LATEST_VALUE, text(checkpoint.latest()))
                .set(READ_CHECKPOINT.RUN_STARTED, checkpoint.started().toString())
                .set(READ_CHECKPOINT.SOURCE_FILTER, checkpoint.sourceFilter())
                .set(READ_CHECKPOINT.PAGE_SIZE, checkpoint.pageSize())
                .onConflict(READ_CHECKPOINT.PROFILE_ID, READ_CHECKPOINT.FLOW)
                .doUpdate()
                .set(READ_CHECKPOINT.SINCE_VALUE, text(checkpoint.since()))
                .set(READ_CHECKPOINT.CURSOR_VALUE, checkpoint.cursor())
                .set(READ_CHECKPOINT.LATEST_VALUE, text(checkpoint.latest()))
                .set(READ_CHECKPOINT.RUN_STARTED, checkpoint.started().toString())
                .set(READ_CHECKPOINT.SOURCE_FILTER, checkpoint.sourceFilter())
                .set(READ_CHECKPOINT.PAGE_SIZE, checkpoint.pageSize())
                .set(READ_CHECKPOINT.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }

    @Override
    public void clearCheckpoint(String flow) {
        db.deleteFrom(READ_CHECKPOINT)
                .where(READ_CHECKPOINT.PROFILE_ID.eq(profileId), READ_CHECKPOINT.FLOW.eq(flow))
                .execute();
    }

    private static @Nullable Instant instant(@Nullable String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }

    @Override
    public long start(String flow, boolean dryRun) {
        return db.insertInto(RUN, RUN.PROFILE_ID, RUN.FLOW, RUN.STATUS, RUN.DRY_RUN, RUN.NODE, RUN.MAPPING_VERSION_ID,
                        RUN.TRIGGER_SOURCE, RUN.FIRE_ID, RUN.NOTE)
                .values(profileId, flow, "RUNNING", dryRun, nodeName(), mappingVersionId, tag.source(), tag.fireId(),
                        tag.note())
                .returning(RUN.ID)
                .fetchOne(RUN.ID);
    }

    /** Unchanged records are counted, not listed: a re-run of a big catalogue adds no rows. */
    @Override
    public void record(long runId, RecordOutcome outcome) {
        if (outcome.kind() == RecordOutcome.Kind.UNCHANGED) {
            return;
        }
        pendingOutcomes.add(new PendingOutcome(runId, outcome));
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

    private record PendingOutcome(long runId, RecordOutcome outcome) {
    }

    /** One prepared batch (parsed once) in one transaction. */
    @Override
    public void flush() {
        if (pendingOutcomes.isEmpty()) {
            return;
        }
        db.transaction(trx -> trx.dsl().connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(OUTCOME_SQL)) {
                for (PendingOutcome pending : pendingOutcomes) {
                    RecordOutcome outcome = pending.outcome();
                    insert.setLong(1, pending.runId());
                    insert.setString(2, outcome.key());
                    insert.setString(3, outcome.kind().name());
                    insert.setString(4, outcome.targetId());
                    insert.setString(5, outcome.reason());
                    insert.setString(6, json(outcome.payload()));
                    insert.setString(7, outcome.changedFields().isEmpty() ? null : json(outcome.changedFields()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }));
        pendingOutcomes.clear();
    }

    /** This process as the run history names it: {@code pid@host}. */
    public static String nodeName() {
        return ProcessHandle.current().pid() + "@" + hostName();
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
