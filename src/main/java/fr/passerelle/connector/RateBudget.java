package fr.passerelle.connector;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One request budget per shop host, shared by every session (so every flow) of this process:
 * when one flow is told to slow down (429 + Retry-After, a low Shopify bucket), all flows to that
 * host wait, instead of each one hammering the shop into more throttling. Optionally spaces
 * requests to a steady rate.
 */
public final class RateBudget {

    private static final Map<String, RateBudget> BY_HOST = new ConcurrentHashMap<>();

    private final String host;
    private long pausedUntilNanos;
    private long nextSlotNanos;
    private volatile long minIntervalNanos;

    private RateBudget(String host) {
        this.host = host;
    }

    /** The budget of the host of {@code baseUrl} (scheme, host and port), created on first use. */
    public static RateBudget forUrl(String baseUrl) {
        URI uri = URI.create(baseUrl);
        String key = (uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort()).toLowerCase(Locale.ROOT);
        return BY_HOST.computeIfAbsent(key, RateBudget::new);
    }

    public String host() {
        return host;
    }

    /** At most this many requests per second to the host (0 or less: no steady limit). */
    public void limitTo(double requestsPerSecond) {
        minIntervalNanos = requestsPerSecond <= 0 ? 0 : (long) (1_000_000_000L / requestsPerSecond);
    }

    /** Waits until this host may be called again, then takes a slot. */
    public void acquire() throws InterruptedException {
        long waitNanos;
        synchronized (this) {
            long now = System.nanoTime();
            long start = Math.max(now, Math.max(pausedUntilNanos, nextSlotNanos));
            nextSlotNanos = start + minIntervalNanos;
            waitNanos = start - now;
        }
        if (waitNanos > 0) {
            Thread.sleep(Duration.ofNanos(waitNanos));
        }
    }

    /** The host said to wait ({@code Retry-After}, an empty cost bucket): every caller waits this long. */
    public synchronized void pauseFor(Duration wait) {
        pausedUntilNanos = Math.max(pausedUntilNanos, System.nanoTime() + wait.toNanos());
    }

    /** How long a caller would wait now, for tests and the studio's status. */
    public synchronized Duration currentWait() {
        return Duration.ofNanos(Math.max(0, Math.max(pausedUntilNanos, nextSlotNanos) - System.nanoTime()));
    }
}
