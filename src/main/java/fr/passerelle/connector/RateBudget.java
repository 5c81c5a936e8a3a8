package fr.passerelle.connector;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * One request budget per shop host, shared by every session (so every flow) of this process and,
 * through a {@link RateBudgetStore}, by every node of the cluster: when one flow is told to slow
 * down (429 + Retry-After, a THROTTLED or low Shopify bucket), all flows to that host wait,
 * instead of each one hammering the shop into more throttling. Optionally spaces requests to a
 * steady rate (that part stays per process).
 *
 * <p>The store is read at most once per refresh interval (1 s) per host, not per call: a pause
 * reaches the other nodes within that delay, and a busy flow adds no database round-trip to its
 * HTTP calls. Pauses are written when they happen, which is rare; small extensions of a pause
 * already shared stay local.
 */
public final class RateBudget {

    /** How often a budget looks at the shared store for pauses other nodes recorded. */
    public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(1);
    /**
     * A pause ending less than this after the one this budget last shared is kept local: pacing
     * on a low Shopify bucket asks for a short wait at nearly every call, and writing each one to
     * the store would be the database round-trip per call we avoid on reads.
     */
    static final Duration SHARE_STEP = Duration.ofMillis(250);

    private static final System.Logger LOG = System.getLogger(RateBudget.class.getName());
    private static final Map<String, RateBudget> BY_HOST = new ConcurrentHashMap<>();
    private static volatile RateBudgetStore processStore = RateBudgetStore.inMemory();

    private final String host;
    private final @Nullable RateBudgetStore ownStore;
    private final long refreshNanos;
    private final AtomicLong nextRefreshNanos = new AtomicLong(System.nanoTime());
    private long pausedUntilNanos;
    private long sharedUntilNanos;
    private long nextSlotNanos;
    private volatile long minIntervalNanos;

    private RateBudget(String host, @Nullable RateBudgetStore ownStore, Duration refresh) {
        this.host = host;
        this.ownStore = ownStore;
        this.refreshNanos = refresh.toNanos();
        long now = System.nanoTime();
        this.pausedUntilNanos = now;
        this.sharedUntilNanos = now;
        this.nextSlotNanos = now;
    }

    /**
     * Makes the budgets of this process share their pauses through {@code store} (the studio:
     * PostgreSQL, so every node of the cluster). Budgets already created follow at their next refresh.
     */
    public static void shareThrough(RateBudgetStore store) {
        processStore = store;
    }

    /** The budget of the host of {@code baseUrl} (scheme, host and port), created on first use. */
    public static RateBudget forUrl(String baseUrl) {
        return BY_HOST.computeIfAbsent(hostKey(baseUrl), key -> new RateBudget(key, null, DEFAULT_REFRESH));
    }

    /**
     * A budget of its own for the host of {@code baseUrl}, sharing pauses through {@code store}
     * only: what another node of the cluster holds. For tests and tools; connectors use {@link #forUrl}.
     */
    public static RateBudget separate(String baseUrl, RateBudgetStore store, Duration refresh) {
        return new RateBudget(hostKey(baseUrl), store, refresh);
    }

    /** {@code scheme://host:port}, lower case: the shop's limits are per host, whatever the path. */
    static String hostKey(String baseUrl) {
        URI uri = URI.create(baseUrl);
        return (uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort()).toLowerCase(Locale.ROOT);
    }

    public String host() {
        return host;
    }

    /** At most this many requests per second to the host (0 or less: no steady limit). */
    public void limitTo(double requestsPerSecond) {
        minIntervalNanos = requestsPerSecond <= 0 ? 0 : (long) (1_000_000_000L / requestsPerSecond);
    }

    /** Waits until this host may be called again (here and, as last read, on the other nodes), then takes a slot. */
    public void acquire() throws InterruptedException {
        refreshFromStore();
        long waitNanos;
        synchronized (this) {
            long now = System.nanoTime();
            long start = now; // nanoTime values compare by difference only
            if (pausedUntilNanos - start > 0) {
                start = pausedUntilNanos;
            }
            if (nextSlotNanos - start > 0) {
                start = nextSlotNanos;
            }
            nextSlotNanos = start + minIntervalNanos;
            waitNanos = start - now;
        }
        if (waitNanos > 0) {
            Thread.sleep(Duration.ofNanos(waitNanos));
        }
    }

    /**
     * The host said to wait ({@code Retry-After}, an empty cost bucket): every caller waits this
     * long, on this node at once and on the others after their next refresh.
     */
    public void pauseFor(Duration wait) {
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        boolean share;
        synchronized (this) {
            long until = System.nanoTime() + wait.toNanos();
            if (until - pausedUntilNanos > 0) {
                pausedUntilNanos = until;
            }
            share = until - sharedUntilNanos > SHARE_STEP.toNanos();
            if (share) {
                sharedUntilNanos = until;
            }
        }
        if (share) {
            try {
                store().pause(host, wait);
            } catch (RuntimeException e) {
                // The pause holds here anyway; the other nodes learn it from their own 429s.
                LOG.log(System.Logger.Level.WARNING, "cannot share the pause of " + host + ": " + e.getMessage());
            }
        }
    }

    /** How long a caller would wait now, for tests and the studio's status. */
    public synchronized Duration currentWait() {
        long now = System.nanoTime();
        long until = Math.max(pausedUntilNanos - now, nextSlotNanos - now);
        return Duration.ofNanos(Math.max(0, until));
    }

    private RateBudgetStore store() {
        return ownStore != null ? ownStore : processStore;
    }

    /** Reads the shared pause when the last read is older than the refresh interval (one caller reads, the others go on). */
    private void refreshFromStore() {
        long now = System.nanoTime();
        long due = nextRefreshNanos.get();
        if (now - due < 0 || !nextRefreshNanos.compareAndSet(due, now + refreshNanos)) {
            return;
        }
        Duration remaining;
        try {
            remaining = store().remainingPause(host);
        } catch (RuntimeException e) {
            // A database hiccup must not stop the shop calls: the local budget still holds.
            LOG.log(System.Logger.Level.WARNING, "cannot read the shared pause of " + host + ": " + e.getMessage());
            return;
        }
        if (remaining.isZero() || remaining.isNegative()) {
            return;
        }
        synchronized (this) {
            long until = System.nanoTime() + remaining.toNanos();
            if (until - pausedUntilNanos > 0) {
                pausedUntilNanos = until;
            }
            if (until - sharedUntilNanos > 0) {
                sharedUntilNanos = until; // already in the store: no need to write it back
            }
        }
    }
}
