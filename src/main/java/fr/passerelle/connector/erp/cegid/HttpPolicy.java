package fr.passerelle.connector.erp.cegid;

import fr.passerelle.connector.ConnectionSettings;
import java.time.Duration;

/**
 * Time limits and retry budget of a session, from the connection options (tests shrink them).
 *
 * @param requestTimeout the longest wait for one answer, body included
 * @param connectTimeout the longest wait for a connection
 * @param maxAttempts attempts of one call (throttled, failed with 5xx, or unanswered) before giving up
 * @param baseDelay first backoff; doubled after each failed attempt
 * @param maxDelay longest single wait (backoff or Retry-After)
 * @param loginAttempts sign-in attempts while the licence refuses more API users
 * @param staleAfter idle time after which a session of this process counts as abandoned
 * @param actionTimeout longest wait for an action or a report to finish
 */
record HttpPolicy(Duration requestTimeout, Duration connectTimeout, int maxAttempts, Duration baseDelay,
        Duration maxDelay, int loginAttempts, Duration staleAfter, Duration actionTimeout) {

    static HttpPolicy from(ConnectionSettings settings) {
        return new HttpPolicy(
                Duration.ofMillis(number(settings, "timeoutMillis", 60_000)),
                Duration.ofMillis(number(settings, "connectTimeoutMillis", 10_000)),
                (int) number(settings, "maxAttempts", 4),
                Duration.ofMillis(number(settings, "retryDelayMillis", 1_000)),
                Duration.ofMillis(number(settings, "maxDelayMillis", 30_000)),
                (int) number(settings, "loginAttempts", 4),
                Duration.ofMillis(number(settings, "staleSessionMillis", 600_000)),
                Duration.ofMillis(number(settings, "actionTimeoutMillis", 300_000)));
    }

    Duration backoff(int attempt) {
        long millis = baseDelay.toMillis() << Math.min(attempt - 1, 16);
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }

    private static long number(ConnectionSettings settings, String option, long fallback) {
        return settings.option(option).map(v -> {
            try {
                return Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("option " + option + " must be a number, not '" + v + "'");
            }
        }).orElse(fallback);
    }
}
