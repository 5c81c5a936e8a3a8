package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.RATE_BUDGET_PAUSE;

import fr.passerelle.connector.RateBudgetStore;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The shop hosts' pauses in PostgreSQL, so every node of the cluster waits when one of them is
 * told to slow down. Each pause is computed and compared on the database's clock ({@code now()}),
 * never on a node's: two nodes whose clocks drift still agree on when a pause ends. A new pause
 * never shortens one already recorded. Callers ({@code connector.RateBudget}) read at most once a
 * second per host.
 */
@Repository
public class PostgresRateBudgetStore implements RateBudgetStore {

    private final DSLContext db;

    PostgresRateBudgetStore(DSLContext db) {
        this.db = db;
    }

    @Override
    public void pause(String host, Duration wait) {
        Field<OffsetDateTime> until = DSL.field("now() + {0} * interval '1 millisecond'", OffsetDateTime.class,
                DSL.val(Math.max(0, wait.toMillis())));
        db.insertInto(RATE_BUDGET_PAUSE, RATE_BUDGET_PAUSE.HOST, RATE_BUDGET_PAUSE.PAUSED_UNTIL)
                .values(DSL.val(host), until)
                .onConflict(RATE_BUDGET_PAUSE.HOST).doUpdate()
                .set(RATE_BUDGET_PAUSE.PAUSED_UNTIL, DSL.greatest(RATE_BUDGET_PAUSE.PAUSED_UNTIL,
                        DSL.excluded(RATE_BUDGET_PAUSE.PAUSED_UNTIL)))
                .execute();
    }

    @Override
    public Duration remainingPause(String host) {
        Field<Double> millis = DSL.field("extract(epoch from ({0} - now())) * 1000", Double.class,
                RATE_BUDGET_PAUSE.PAUSED_UNTIL);
        Double remaining = db.select(millis).from(RATE_BUDGET_PAUSE).where(RATE_BUDGET_PAUSE.HOST.eq(host))
                .fetchOptional(millis).orElse(0.0);
        return remaining == null || remaining <= 0 ? Duration.ZERO : Duration.ofMillis((long) Math.ceil(remaining));
    }
}
