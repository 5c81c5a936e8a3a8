package fr.passerelle.sandbox.erp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API sessions as an Acumatica licence counts them: a cookie login opens one, logout closes it,
 * a login past the cap is refused with "API Login Limit", and a session idle longer than the
 * timeout closes itself. OAuth tokens (ROPC) ride on one session each, like the real server
 * without {@code api:concurrent_access}.
 *
 * <p>With {@link #reclaimIdlest(boolean)} on (the demo the studio serves), a login past the cap
 * takes the seat of the session idle the longest instead of being refused: that session's next
 * call answers 401, as a timed-out one would, and a client signs in again. Nobody can then fill
 * the seats and keep the demo out for the idle timeout.
 */
final class SessionRegistry {

    private final Map<String, Instant> sessions = new ConcurrentHashMap<>();
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile int limit;
    private final Duration idleTimeout;
    private volatile boolean reclaimIdlest;

    SessionRegistry(Clock clock, int limit, Duration idleTimeout) {
        this.clock = clock;
        this.limit = limit;
        this.idleTimeout = idleTimeout;
    }

    /** Opens a session, or returns empty when the licence's session cap is reached. */
    synchronized Optional<String> open() {
        expireIdle();
        if (sessions.size() >= limit) {
            if (!reclaimIdlest || limit < 1) {
                return Optional.empty();
            }
            while (sessions.size() >= limit) {
                sessions.entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                        .ifPresent(sessions::remove);
            }
        }
        String id = UUID.randomUUID().toString().replace("-", "");
        sessions.put(id, clock.instant());
        return Optional.of(id);
    }

    synchronized void close(String id) {
        sessions.remove(id);
    }

    /** True and refreshed when the session is open. */
    synchronized boolean touch(String id) {
        expireIdle();
        if (!sessions.containsKey(id)) {
            return false;
        }
        sessions.put(id, clock.instant());
        return true;
    }

    String issueToken() {
        String token = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        tokens.put(token, clock.instant().plusSeconds(3600));
        return token;
    }

    boolean validToken(String token) {
        Instant expiry = tokens.get(token);
        return expiry != null && expiry.isAfter(clock.instant());
    }

    synchronized int count() {
        expireIdle();
        return sessions.size();
    }

    int limit() {
        return limit;
    }

    void reclaimIdlest(boolean reclaim) {
        this.reclaimIdlest = reclaim;
    }

    void limit(int newLimit) {
        this.limit = newLimit;
    }

    synchronized void expireAll() {
        sessions.clear();
    }

    private void expireIdle() {
        Instant cutoff = clock.instant().minus(idleTimeout);
        sessions.values().removeIf(lastUse -> lastUse.isBefore(cutoff));
    }
}
