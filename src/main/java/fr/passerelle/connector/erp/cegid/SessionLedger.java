package fr.passerelle.connector.erp.cegid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API sessions this process holds, per instance and user. ERP licences cap API sessions
 * ("API Login Limit") and a session that is never logged out keeps its seat until the server
 * times it out; when the licence refuses a sign-in, the sessions of this process left idle
 * longer than the stale limit (a run that crashed or forgot to close) are logged out to free
 * their seats. One ledger per JVM on purpose: sessions outlive the runs that leak them.
 */
final class SessionLedger {

    static final SessionLedger JVM = new SessionLedger(Clock.systemUTC());

    /** One open session: how to log it out, and when it was last used. */
    static final class Entry {

        private final Runnable logout;
        private volatile Instant lastUse;

        private Entry(Runnable logout, Instant now) {
            this.logout = logout;
            this.lastUse = now;
        }
    }

    private final Map<String, Set<Entry>> open = new ConcurrentHashMap<>();
    private final Clock clock;

    SessionLedger(Clock clock) {
        this.clock = clock;
    }

    Entry register(String scope, Runnable logout) {
        Entry entry = new Entry(logout, clock.instant());
        open.computeIfAbsent(scope, k -> ConcurrentHashMap.newKeySet()).add(entry);
        return entry;
    }

    void touch(Entry entry) {
        entry.lastUse = clock.instant();
    }

    void remove(String scope, Entry entry) {
        Set<Entry> entries = open.get(scope);
        if (entries != null) {
            entries.remove(entry);
        }
    }

    /** Logs out this scope's sessions idle for longer than {@code staleAfter}; returns how many. */
    int logoutStale(String scope, Duration staleAfter) {
        Set<Entry> entries = open.getOrDefault(scope, Set.of());
        Instant cutoff = clock.instant().minus(staleAfter);
        int closed = 0;
        for (Entry entry : List.copyOf(entries)) {
            if (!entry.lastUse.isAfter(cutoff) && entries.remove(entry)) {
                entry.logout.run();
                closed++;
            }
        }
        return closed;
    }

    int count(String scope) {
        return open.getOrDefault(scope, Set.of()).size();
    }
}
