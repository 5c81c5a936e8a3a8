package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.DRIFT_DIFFERENCE;
import static fr.passerelle.store.jooq.Tables.DRIFT_REPORT;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Drift reports and their differences, as the comparisons found them (V003). */
@Repository
public class DriftReports {

    /** Who asked for a comparison. */
    public enum Origin { SCHEDULE, STUDIO, RESYNC }

    /** One field of one record where the shop no longer holds what the ERP says; values as text. */
    public record Difference(String key, @Nullable String shopId, String field, String kind,
            @Nullable String erpValue, @Nullable String shopValue) {
    }

    /** A comparison of one flow of one profile; {@code error} is set when it could not be made. */
    public record Report(long id, long profileId, String flow, Origin origin, boolean succeeded,
            OffsetDateTime comparedAt, int differenceCount, int recordCount, @Nullable String error,
            List<Difference> differences) {
    }

    private final DSLContext db;

    DriftReports(DSLContext db) {
        this.db = db;
    }

    @Transactional
    public Report save(long profileId, String flow, Origin origin, List<Difference> differences) {
        long id = insert(profileId, flow, origin, "SUCCEEDED", differences.size(),
                (int) differences.stream().map(Difference::key).distinct().count(), null);
        if (!differences.isEmpty()) {
            var insert = db.insertInto(DRIFT_DIFFERENCE, DRIFT_DIFFERENCE.REPORT_ID, DRIFT_DIFFERENCE.RECORD_KEY,
                    DRIFT_DIFFERENCE.SHOP_ID, DRIFT_DIFFERENCE.FIELD, DRIFT_DIFFERENCE.KIND, DRIFT_DIFFERENCE.ERP_VALUE,
                    DRIFT_DIFFERENCE.SHOP_VALUE);
            for (Difference d : differences) {
                insert = insert.values(id, d.key(), d.shopId(), d.field(), d.kind(), d.erpValue(), d.shopValue());
            }
            insert.execute();
        }
        return find(id).orElseThrow();
    }

    /** A comparison that could not be made (shop unreachable, mapping broken): kept so it is seen. */
    public Report failed(long profileId, String flow, Origin origin, String error) {
        return find(insert(profileId, flow, origin, "FAILED", 0, 0, error)).orElseThrow();
    }

    private long insert(long profileId, String flow, Origin origin, String status, int differences, int records,
            @Nullable String error) {
        return db.insertInto(DRIFT_REPORT)
                .set(DRIFT_REPORT.PROFILE_ID, profileId)
                .set(DRIFT_REPORT.FLOW, flow)
                .set(DRIFT_REPORT.ORIGIN, origin.name())
                .set(DRIFT_REPORT.STATUS, status)
                .set(DRIFT_REPORT.DIFFERENCE_COUNT, differences)
                .set(DRIFT_REPORT.RECORD_COUNT, records)
                .set(DRIFT_REPORT.ERROR, error)
                .returning(DRIFT_REPORT.ID)
                .fetchOne(DRIFT_REPORT.ID);
    }

    public Optional<Report> find(long reportId) {
        return reports(DRIFT_REPORT.ID.eq(reportId)).stream().findFirst();
    }

    /** The newest report of each flow of the profile, in flow order. */
    public List<Report> latestPerFlow(long profileId) {
        // ids grow with time: the newest report of a flow is the one with the highest id
        return reports(DRIFT_REPORT.ID.in(DSL.select(DSL.max(DRIFT_REPORT.ID)).from(DRIFT_REPORT)
                .where(DRIFT_REPORT.PROFILE_ID.eq(profileId)).groupBy(DRIFT_REPORT.FLOW)));
    }

    private List<Report> reports(org.jooq.Condition condition) {
        List<Report> reports = new ArrayList<>();
        db.selectFrom(DRIFT_REPORT).where(condition).orderBy(DRIFT_REPORT.FLOW, DRIFT_REPORT.ID.desc()).fetch()
                .forEach(r -> reports.add(new Report(r.getId(), r.getProfileId(), r.getFlow(),
                        Origin.valueOf(r.getOrigin()), "SUCCEEDED".equals(r.getStatus()), r.getComparedAt(),
                        r.getDifferenceCount(), r.getRecordCount(), r.getError(), differences(r.getId()))));
        return reports;
    }

    private List<Difference> differences(long reportId) {
        return db.selectFrom(DRIFT_DIFFERENCE).where(DRIFT_DIFFERENCE.REPORT_ID.eq(reportId))
                .orderBy(DRIFT_DIFFERENCE.RECORD_KEY, DRIFT_DIFFERENCE.FIELD)
                .fetch(d -> new Difference(d.getRecordKey(), d.getShopId(), d.getField(), d.getKind(),
                        d.getErpValue(), d.getShopValue()));
    }
}
