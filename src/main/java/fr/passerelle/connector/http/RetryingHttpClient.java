package fr.passerelle.connector.http;

import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.RateBudget;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Sends requests and retries what may succeed later: 429 and 500/502/503/504 answers and I/O
 * failures. A {@code Retry-After} header (seconds or HTTP date) is honoured; otherwise the delay
 * doubles from the policy's base. Other statuses are returned to the caller, who knows the API's
 * error bodies. Thread-safe.
 */
public final class RetryingHttpClient {

    private final String system;
    private final HttpClient http;
    private final RetryPolicy policy;

    public RetryingHttpClient(String system, RetryPolicy policy, Duration timeout) {
        this.system = system;
        this.policy = policy;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * Sends the request until it gets an answer worth returning.
     *
     * @throws ConnectorException (retryable) when every attempt was throttled or failed
     */
    public HttpResult send(String operation, HttpRequest request) {
        String lastProblem = "";
        int lastStatus = 0;
        // one budget per shop host: a 429 seen by one flow makes every flow of that shop wait
        RateBudget budget = RateBudget.forUrl(request.uri().toString());
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            Duration wait;
            try {
                budget.acquire();
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                HttpResult result = new HttpResult(response.statusCode(), response.headers().map(), response.body());
                if (!isRetryable(result.status())) {
                    return result;
                }
                lastStatus = result.status();
                lastProblem = "HTTP " + result.status() + " " + abbreviate(result.text());
                Optional<Duration> retryAfter = retryAfter(result);
                if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.maxRetryAfter()) > 0) {
                    throw new ConnectorException(system, operation, lastStatus, true,
                            "asked to wait " + retryAfter.get().toSeconds() + " s (Retry-After), more than allowed");
                }
                int done = attempt;
                wait = retryAfter.orElseGet(() -> policy.backoff(done));
                if (result.status() == 429) {
                    budget.pauseFor(wait);
                }
            } catch (IOException e) {
                lastStatus = 0;
                lastProblem = IoFailures.describe(e, request.uri());
                wait = policy.backoff(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectorException(system, operation, 0, true, "interrupted", e);
            }
            if (attempt < policy.maxAttempts()) {
                sleep(wait, operation);
            }
        }
        throw new ConnectorException(system, operation, lastStatus, true,
                "gave up after " + policy.maxAttempts() + " attempts: " + lastProblem);
    }

    /** Waits, giving up cleanly when the run is cancelled. Also used by callers that pace themselves. */
    public void sleep(Duration wait, String operation) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(system, operation, 0, true, "interrupted while waiting", e);
        }
    }

    public RetryPolicy policy() {
        return policy;
    }

    static boolean isRetryable(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    static Optional<Duration> retryAfter(HttpResult result) {
        return result.header("Retry-After").map(String::trim).flatMap(value -> {
            try {
                return Optional.of(Duration.ofMillis((long) (Double.parseDouble(value) * 1000)));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                    Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                    return Optional.of(d.isNegative() ? Duration.ZERO : d);
                } catch (DateTimeParseException unreadable) {
                    return Optional.empty();
                }
            }
        });
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
