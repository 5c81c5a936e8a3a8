package fr.passerelle.sandbox;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults a test (or the studio's sandbox page) can inject into a sandbox: the next N requests
 * answered 429 (with {@code Retry-After}) or 500, and a delay before every answer. Apps may also
 * throttle on their own (Shopify's cost bucket); these are the blunt, API-independent ones.
 */
public final class Faults {

    private final AtomicInteger throttleNext = new AtomicInteger();
    private final AtomicInteger retryAfterSeconds = new AtomicInteger(1);
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger failStatus = new AtomicInteger(500);
    private final AtomicLong delayMillis = new AtomicLong();

    /** The next {@code count} requests get 429 with {@code Retry-After: seconds}. */
    public void throttleNext(int count, int seconds) {
        retryAfterSeconds.set(seconds);
        throttleNext.set(count);
    }

    /** The next {@code count} requests get {@code status} (500, 502, 503 ...). */
    public void failNext(int count, int status) {
        failStatus.set(status);
        failNext.set(count);
    }

    /** Every answer waits this long first (0 to stop). */
    public void delay(long millis) {
        delayMillis.set(millis);
    }

    public void reset() {
        throttleNext.set(0);
        failNext.set(0);
        delayMillis.set(0);
    }

    /** Applies the delay, then returns the injected answer if this request draws one. */
    Optional<SandboxResponse> apply() {
        long delay = delayMillis.get();
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Optional.of(SandboxResponse.json(429, "{\"message\":\"Too Many Requests\"}")
                    .withHeader("Retry-After", Integer.toString(retryAfterSeconds.get())));
        }
        if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Optional.of(SandboxResponse.json(failStatus.get(), "{\"message\":\"Injected failure\"}"));
        }
        return Optional.empty();
    }
}
