package fr.passerelle.connector.shop.shopify;

import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.RateBudget;
import fr.passerelle.connector.http.HttpResult;
import fr.passerelle.connector.http.Json;
import fr.passerelle.connector.http.RetryPolicy;
import fr.passerelle.connector.http.RetryingHttpClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs GraphQL documents against {@code /admin/api/<version>/graphql.json} with the
 * {@code X-Shopify-Access-Token} header. Before each call it waits until the expected cost fits in
 * the bucket, as seen by every session of the same app on the same shop ({@link ShopifyThrottle});
 * a THROTTLED answer (HTTP 200) pauses the shop's {@link RateBudget}, on every node, for the
 * documented wait and is retried; 5xx and 429 go through the shared retry policy. Other top-level errors become a {@link ConnectorException}.
 */
final class ShopifyClient {

    static final String SYSTEM = "shopify";
    /** Shopify supports each quarterly version about 12 months. */
    static final String DEFAULT_VERSION = "2026-07";
    private static final int THROTTLED_ATTEMPTS = 20;
    /** A pacing wait this long means the bucket is dry: it is shared with the other nodes. */
    static final Duration SHARED_WAIT = Duration.ofSeconds(1);

    /** A document's answer: its data and the cost it was charged. */
    record Answer(Map<String, @Nullable Object> data, double requestedCost) {
    }

    private final URI endpoint;
    final String version;
    private final String token;
    private final RetryingHttpClient http;
    private final ShopifyThrottle throttle;
    private final RateBudget budget;
    private final Duration timeout;

    ShopifyClient(ConnectionSettings settings) {
        this.version = settings.option("apiVersion").orElse(DEFAULT_VERSION);
        String base = settings.baseUrl().replaceAll("/+$", "");
        this.endpoint = URI.create(base + "/admin/api/" + this.version + "/graphql.json");
        this.token = settings.credential("accessToken").orElseThrow(() ->
                new ConnectorException(SYSTEM, "open", 0, false, "credential 'accessToken' is missing"));
        this.timeout = Duration.ofSeconds(settings.option("timeoutSeconds").map(Long::parseLong).orElse(60L));
        this.http = new RetryingHttpClient(SYSTEM, RetryPolicy.from(settings), timeout);
        // one bucket per app and shop, whatever the session: parallel flows pace against the same points
        this.throttle = ShopifyThrottle.forShop(base, token);
        this.budget = RateBudget.forUrl(endpoint.toString());
    }

    Map<String, @Nullable Object> run(String operation, String document, Map<String, @Nullable Object> variables) {
        return answer(operation, document, variables).data();
    }

    Answer answer(String operation, String document, Map<String, @Nullable Object> variables) {
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        String json = Json.write(body);
        int shape = document.hashCode();
        for (int attempt = 1; attempt <= THROTTLED_ATTEMPTS; attempt++) {
            double expected = throttle.expectedCost(shape);
            pace(throttle.reserve(expected), operation);
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("X-Shopify-Access-Token", token)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            Map<String, @Nullable Object> answer;
            Map<String, @Nullable Object> extensions = Map.of();
            HttpResult result;
            try {
                result = http.send(operation, request);
                if (result.status() == 401 || result.status() == 403 || result.status() == 404 || result.status() == 400) {
                    throw new ConnectorException(SYSTEM, operation, result.status(), false, result.text());
                }
                answer = Json.object(Json.parse(result.body()));
                extensions = Json.object(answer.get("extensions"));
            } finally {
                throttle.release(expected, extensions); // whatever happened, the booking is given back
            }
            double requested = Json.object(extensions.get("cost")).get("requestedQueryCost") instanceof Number n ? n.doubleValue() : 0;
            List<@Nullable Object> errors = Json.list(answer.get("errors"));
            if (errors.stream().noneMatch(e -> "MAX_COST_EXCEEDED".equals(code(e)))) {
                throttle.learnCost(shape, requested); // a refused cost is no estimate: the caller shrinks the page
            }
            if (errors.stream().anyMatch(e -> "THROTTLED".equals(code(e)))) {
                // The bucket ran dry under us (another node, another app): every flow of this shop,
                // here and on the other nodes, waits for it to refill before trying again.
                budget.pauseFor(throttle.afterThrottled(requested));
                continue;
            }
            if (!errors.isEmpty()) {
                String codes = String.join(", ", errors.stream().map(e -> code(e) + ": " + Json.object(e).get("message")).toList());
                boolean retryable = errors.stream().anyMatch(e -> "INTERNAL_SERVER_ERROR".equals(code(e)));
                throw new ConnectorException(SYSTEM, operation, result.status(), retryable, codes);
            }
            return new Answer(Json.object(answer.get("data")), requested);
        }
        throw new ConnectorException(SYSTEM, operation, 200, true, "still THROTTLED after " + THROTTLED_ATTEMPTS + " attempts");
    }

    /**
     * Waits before a request whose cost does not fit yet. Short waits are this process's own
     * pacing (the other sessions of the shop line up through the shared bucket view); a wait of a
     * second or more means the bucket is dry, so it becomes a pause of the shop's rate budget that
     * the other nodes see too, instead of each of them finding out by a THROTTLED answer.
     */
    private void pace(Duration wait, String operation) {
        if (wait.compareTo(SHARED_WAIT) >= 0) {
            budget.pauseFor(wait); // http.send waits it out in RateBudget.acquire
        } else if (!wait.isZero()) {
            http.sleep(wait, operation);
        }
    }

    /** Fetches a bulk operation's JSONL result (a signed URL: no token). */
    String download(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
        HttpResult result = http.send("bulk download", request);
        if (!result.ok()) {
            throw new ConnectorException(SYSTEM, "bulk download", result.status(), result.status() >= 500, result.text());
        }
        return result.text();
    }

    void sleep(Duration wait, String operation) {
        http.sleep(wait, operation);
    }

    static @Nullable String code(@Nullable Object error) {
        return Json.text(Json.object(Json.object(error).get("extensions")).get("code"));
    }

    /** The {@code userErrors} of a mutation payload as one message, or null when there are none. */
    static @Nullable String userErrors(Map<String, @Nullable Object> payload) {
        List<@Nullable Object> errors = Json.list(payload.get("userErrors"));
        if (errors.isEmpty()) {
            return null;
        }
        return String.join("; ", errors.stream().map(e -> {
            Map<String, @Nullable Object> error = Json.object(e);
            String field = String.join(".", Json.list(error.get("field")).stream().map(String::valueOf).toList());
            return (error.get("code") == null ? "" : error.get("code") + " ") + (field.isEmpty() ? "" : field + ": ")
                    + Objects.toString(error.get("message"), "");
        }).toList());
    }
}
