package fr.passerelle.store;

import fr.passerelle.engine.RunPorts;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The exactly-once ledger of the flows that create documents in the ERP (V008): per shop record
 * of a profile's flow, its key, the ERP document, its state and every attempt. A run claims a
 * record (one conditional upsert, so two nodes on the same batch cannot both win it) and writes
 * the attempt before the ERP call; the claim is a lease, taken over when it ran out (a killed
 * run never closes its attempt). Plain SQL with bind values, no generated classes: the tables
 * are only read here.
 */
@Repository
public class OrderLedger {

    /** One ledger row as the studio and the tests see it. */
    public record Entry(String flow, String key, String state, @Nullable String erpDocument, int attempts,
            @Nullable String message, java.math.@Nullable BigDecimal shopTotal, java.math.@Nullable BigDecimal erpTotal,
            @Nullable String reviewedBy) {
    }

    /** One attempt of one record. */
    public record Attempt(int attempt, @Nullable Long runId, OffsetDateTime startedAt, @Nullable String outcome,
            @Nullable String erpDocument, @Nullable String message) {
    }

    static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

    private final DSLContext db;

    OrderLedger(DSLContext db) {
        this.db = db;
    }

    /** The engine's port for one profile's runs; {@code lease} is how long a claim holds without being closed. */
    public RunPorts.Ledger forProfile(long profileId, Duration lease) {
        return new RunPorts.Ledger() {
            @Override
            public boolean claim(String flow, String key, long runId) {
                Record claimed = db.resultQuery("""
                        insert into order_ledger (profile_id, flow, record_key, state, run_id, attempts, lease_until)
                        values (?, ?, ?, 'PENDING', ?, 1, now() + make_interval(secs => ?))
                        on conflict (profile_id, flow, record_key) do update
                           set state = 'PENDING', run_id = excluded.run_id, attempts = order_ledger.attempts + 1,
                               lease_until = excluded.lease_until, updated_at = now()
                         where order_ledger.state <> 'PENDING' or order_ledger.run_id = excluded.run_id
                            or order_ledger.lease_until < now()
                        returning attempts""", profileId, flow, key, runId, (double) lease.toMillis() / 1000)
                        .fetchOne();
                if (claimed == null) {
                    return false;
                }
                db.execute("""
                        insert into order_ledger_attempt (profile_id, flow, record_key, attempt, run_id)
                        values (?, ?, ?, ?, ?)""", profileId, flow, key, claimed.get(0, Integer.class), runId);
                return true;
            }

            @Override
            public void close(String flow, String key, long runId, String state, @Nullable String document,
                    @Nullable String message) {
                db.execute("""
                        update order_ledger set state = ?, erp_document = coalesce(?, erp_document), message = ?,
                               lease_until = null, updated_at = now()
                         where profile_id = ? and flow = ? and record_key = ? and run_id = ?""",
                        state, document, message, profileId, flow, key, runId);
                db.execute("""
                        update order_ledger_attempt set ended_at = now(), outcome = ?, erp_document = ?, message = ?
                         where id = (select max(id) from order_ledger_attempt
                                      where profile_id = ? and flow = ? and record_key = ? and run_id = ?)""",
                        state, document, message, profileId, flow, key, runId);
            }
        };
    }

    /** The ledger of one flow of a profile, newest first. */
    public List<Entry> entries(long profileId, String flow) {
        return db.resultQuery("""
                select flow, record_key, state, erp_document, attempts, message, shop_total, erp_total, reviewed_by
                  from order_ledger where profile_id = ? and flow = ? order by updated_at desc, record_key""",
                profileId, flow)
                .fetch(r -> new Entry(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, String.class), r.get(4, Integer.class), r.get(5, String.class),
                        r.get(6, java.math.BigDecimal.class), r.get(7, java.math.BigDecimal.class), r.get(8, String.class)));
    }

    public Optional<Entry> entry(long profileId, String flow, String key) {
        return entries(profileId, flow).stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /**
     * Totals reconciliation (issue 11): the document's totals differ from the shop's beyond the
     * profile's tolerance; it stays on hold in the ERP, shown here with both totals, until a
     * reviewer accepts it.
     */
    public void quarantine(long profileId, String flow, String key, java.math.BigDecimal shopTotal,
            java.math.BigDecimal erpTotal, String message) {
        db.execute("""
                update order_ledger set state = 'QUARANTINED', shop_total = ?, erp_total = ?, message = ?, updated_at = now()
                 where profile_id = ? and flow = ? and record_key = ?""", shopTotal, erpTotal, message, profileId, flow, key);
    }

    /** The orders waiting for a reviewer, with both totals. */
    public List<Entry> quarantined(long profileId, String flow) {
        return entries(profileId, flow).stream().filter(e -> e.state().equals("QUARANTINED")).toList();
    }

    /** A reviewer accepted the ERP's totals: the record counts as imported from now on. */
    public void accepted(long profileId, String flow, String key, String reviewer) {
        db.execute("""
                update order_ledger set state = 'DONE', reviewed_by = ?, message = ?, updated_at = now()
                 where profile_id = ? and flow = ? and record_key = ? and state = 'QUARANTINED'""", reviewer,
                "totals accepted by " + reviewer + " / totaux acceptés par " + reviewer, profileId, flow, key);
    }

    /** Every attempt of one record, in order. */
    public List<Attempt> attempts(long profileId, String flow, String key) {
        return db.resultQuery("""
                select attempt, run_id, started_at, outcome, erp_document, message from order_ledger_attempt
                 where profile_id = ? and flow = ? and record_key = ? order by id""", profileId, flow, key)
                .fetch(r -> new Attempt(r.get(0, Integer.class), r.get(1, Long.class), r.get(2, OffsetDateTime.class),
                        r.get(3, String.class), r.get(4, String.class), r.get(5, String.class)));
    }
}
