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
    private volatile String failMethod = "";
    private final AtomicInteger slowAfterNext = new AtomicInteger();
    private volatile String slowMethod = "";
    private final AtomicLong slowAfterMillis = new AtomicLong();

    /** The next {@code count} requests get 429 with {@code Retry-After: seconds}. */
    public void throttleNext(int count, int seconds) {
        retryAfterSeconds.set(seconds);
        throttleNext.set(count);
    }

    /** The next {@code count} requests get {@code status} (500, 502, 503 ...). */
    public void failNext(int count, int status) {
        failNext(count, status, "");
    }

    /** The next {@code count} requests of this HTTP method ("" for any) get {@code status}, before the app sees them. */
    public void failNext(int count, int status, String method) {
        failMethod = method;
        failStatus.set(status);
        failNext.set(count);
    }

    /**
     * The next {@code count} requests of this HTTP method are handled (the record is saved), then
     * their answer waits {@code millis}: a client with a shorter time limit gives up on a request
     * that did reach the system (the "timeout after create" case of exactly-once imports).
     */
    public void slowAnswerAfterHandlingNext(int count, String method, long millis) {
        slowMethod = method;
        slowAfterMillis.set(millis);
        slowAfterNext.set(count);
    }

    /** Every answer waits this long first (0 to stop). */
    public void delay(long millis) {
        delayMillis.set(millis);
    }

    public void reset() {
        throttleNext.set(0);
        failNext.set(0);
        failMethod = "";
        slowAfterNext.set(0);
        delayMillis.set(0);
    }

    /** Applies the delay, then returns the injected answer if this request draws one. */
    Optional<SandboxResponse> apply() {
        return apply("");
    }

    /** After the app answered a request of this method: waits when a slow answer was injected. */
    void afterHandling(String method) {
        if ((slowMethod.isEmpty() || slowMethod.equalsIgnoreCase(method))
                && slowAfterNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            try {
                Thread.sleep(slowAfterMillis.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    Optional<SandboxResponse> apply(String method) {
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
        if ((failMethod.isEmpty() || failMethod.equalsIgnoreCase(method))
                && failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Optional.of(SandboxResponse.json(failStatus.get(), "{\"message\":\"Injected failure\"}"));
        }
        return Optional.empty();
    }
}
