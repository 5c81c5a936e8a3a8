package fr.passerelle.connector.http;

import fr.passerelle.connector.ConnectionSettings;
import java.time.Duration;

/**
 * How hard a connector retries throttled (429) and failed (5xx, timeouts) calls.
 *
 * @param maxAttempts attempts in all, the first included
 * @param baseDelay first backoff delay when the server gives no {@code Retry-After}; doubles each time
 * @param maxDelay longest backoff delay we choose ourselves
 * @param maxRetryAfter longest {@code Retry-After} we agree to wait; beyond it the call fails as retryable
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30),
            Duration.ofMinutes(2));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /**
     * Reads {@code retry.maxAttempts}, {@code retry.baseDelayMillis}, {@code retry.maxDelayMillis} and
     * {@code retry.maxRetryAfterMillis} from the connection options (tests shorten the delays).
     */
    public static RetryPolicy from(ConnectionSettings settings) {
        return new RetryPolicy(
                settings.option("retry.maxAttempts").map(Integer::parseInt).orElse(DEFAULT.maxAttempts),
                millis(settings, "retry.baseDelayMillis", DEFAULT.baseDelay),
                millis(settings, "retry.maxDelayMillis", DEFAULT.maxDelay),
                millis(settings, "retry.maxRetryAfterMillis", DEFAULT.maxRetryAfter));
    }

    /** The backoff before attempt {@code attempt + 1} when the server said nothing. */
    public Duration backoff(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 20);
        long millis = Math.min(baseDelay.toMillis() * factor, maxDelay.toMillis());
        return Duration.ofMillis(millis);
    }

    private static Duration millis(ConnectionSettings settings, String name, Duration fallback) {
        return settings.option(name).map(Long::parseLong).map(Duration::ofMillis).orElse(fallback);
    }
}
