package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.SIGN_IN_THROTTLE;

import fr.passerelle.store.jooq.tables.records.SignInThrottleRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per account and per client address (table {@code sign_in_throttle}). The
 * policy (delays, locks) lives in {@code account}; this class only reads and updates rows, one
 * row at a time under a row lock so two nodes counting the same failure never lose one.
 */
@Repository
public class SignInThrottleRepository {

    /** What is counted: an account (lower-cased user name) or a client address. */
    public enum Kind { ACCOUNT, ADDRESS }

    /**
     * One counted key.
     *
     * @param nextAttemptAt before this instant a sign-in is refused without checking the password (growing delay)
     * @param lockedUntil before this instant every sign-in is refused (temporary lock)
     * @param lastAddress the address of the last failure (for an account), shown to administrators
     */
    public record Entry(Kind kind, String key, int failures, Instant lastFailureAt, @Nullable Instant nextAttemptAt,
            @Nullable Instant lockedUntil, @Nullable String lastAddress) {
    }

    private final DSLContext db;

    SignInThrottleRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<Entry> find(Kind kind, String key) {
        return db.selectFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.KIND.eq(kind.name()), SIGN_IN_THROTTLE.KEY.eq(key))
                .fetchOptional(SignInThrottleRepository::toEntry);
    }

    /**
     * Replaces the row of a key by what {@code change} makes of it (given an empty entry with
     * zero failures when there is none), under a row lock.
     */
    @Transactional
    public Entry update(Kind kind, String key, Instant now, UnaryOperator<Entry> change) {
        db.insertInto(SIGN_IN_THROTTLE, SIGN_IN_THROTTLE.KIND, SIGN_IN_THROTTLE.KEY, SIGN_IN_THROTTLE.LAST_FAILURE_AT)
                .values(kind.name(), key, at(now)).onConflictDoNothing().execute();
        SignInThrottleRecord row = db.selectFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.KIND.eq(kind.name()), SIGN_IN_THROTTLE.KEY.eq(key)).forUpdate().fetchOne();
        Entry changed = change.apply(toEntry(row));
        row.setFailures(changed.failures());
        row.setLastFailureAt(at(changed.lastFailureAt()));
        row.setNextAttemptAt(changed.nextAttemptAt() == null ? null : at(changed.nextAttemptAt()));
        row.setLockedUntil(changed.lockedUntil() == null ? null : at(changed.lockedUntil()));
        row.setLastAddress(changed.lastAddress());
        row.store();
        return changed;
    }

    /** Every counted key with at least one failure, locked ones first, then the latest failures. */
    public List<Entry> findAll() {
        return db.selectFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.FAILURES.gt(0))
                .orderBy(SIGN_IN_THROTTLE.LOCKED_UNTIL.desc().nullsLast(), SIGN_IN_THROTTLE.LAST_FAILURE_AT.desc())
                .fetch(SignInThrottleRepository::toEntry);
    }

    @Transactional
    public boolean delete(Kind kind, String key) {
        return db.deleteFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.KIND.eq(kind.name()), SIGN_IN_THROTTLE.KEY.eq(key)).execute() > 0;
    }

    /** Forgets the keys whose last failure is older than {@code before} (and not locked past it). */
    @Transactional
    public int deleteOlderThan(Instant before) {
        return db.deleteFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.LAST_FAILURE_AT.lt(at(before)))
                .and(SIGN_IN_THROTTLE.LOCKED_UNTIL.isNull().or(SIGN_IN_THROTTLE.LOCKED_UNTIL.lt(at(before))))
                .execute();
    }

    private static Entry toEntry(SignInThrottleRecord r) {
        return new Entry(Kind.valueOf(r.getKind()), r.getKey(), r.getFailures(), r.getLastFailureAt().toInstant(),
                r.getNextAttemptAt() == null ? null : r.getNextAttemptAt().toInstant(),
                r.getLockedUntil() == null ? null : r.getLockedUntil().toInstant(), r.getLastAddress());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
