package fr.passerelle.connector.shop.shopify;

import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorException;
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
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Runs GraphQL documents against {@code /admin/api/<version>/graphql.json} with the
 * {@code X-Shopify-Access-Token} header. Before each call it waits until the expected cost fits in
 * the bucket; a THROTTLED answer (HTTP 200 or 429) is retried after the documented wait; 5xx and
 * 429 go through the shared retry policy. Other top-level errors become a {@link ConnectorException}.
 */
final class ShopifyClient {

    static final String SYSTEM = "shopify";
    /** Shopify supports each quarterly version about 12 months. */
    static final String DEFAULT_VERSION = "2026-07";
    private static final int THROTTLED_ATTEMPTS = 20;

    /** A document's answer: its data and the cost it was charged. */
    record Answer(Map<String, @Nullable Object> data, double requestedCost) {
    }

    private final URI endpoint;
    final String version;
    private final String token;
    private final RetryingHttpClient http;
    private final ShopifyThrottle throttle = new ShopifyThrottle();
    private final Map<Integer, Double> lastCost = new ConcurrentHashMap<>();
    private final Duration timeout;

    ShopifyClient(ConnectionSettings settings) {
        this.version = settings.option("apiVersion").orElse(DEFAULT_VERSION);
        String base = settings.baseUrl().replaceAll("/+$", "");
        this.endpoint = URI.create(base + "/admin/api/" + this.version + "/graphql.json");
        this.token = settings.credential("accessToken").orElseThrow(() ->
                new ConnectorException(SYSTEM, "open", 0, false, "credential 'accessToken' is missing"));
        this.timeout = Duration.ofSeconds(settings.option("timeoutSeconds").map(Long::parseLong).orElse(60L));
        this.http = new RetryingHttpClient(SYSTEM, RetryPolicy.from(settings), timeout);
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
            double expected = lastCost.getOrDefault(shape, 0.0);
            Duration wait = throttle.waitFor(expected);
            if (!wait.isZero()) {
                http.sleep(wait, operation);
            }
            throttle.spend(expected);
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("X-Shopify-Access-Token", token)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            HttpResult result = http.send(operation, request);
            if (result.status() == 401 || result.status() == 403 || result.status() == 404 || result.status() == 400) {
                throw new ConnectorException(SYSTEM, operation, result.status(), false, result.text());
            }
            Map<String, @Nullable Object> answer = Json.object(Json.parse(result.body()));
            Map<String, @Nullable Object> extensions = Json.object(answer.get("extensions"));
            throttle.observe(extensions);
            double requested = Json.object(extensions.get("cost")).get("requestedQueryCost") instanceof Number n ? n.doubleValue() : 0;
            List<@Nullable Object> errors = Json.list(answer.get("errors"));
            if (errors.stream().noneMatch(e -> "MAX_COST_EXCEEDED".equals(code(e)))) {
                lastCost.put(shape, requested); // a refused cost is no estimate: the caller shrinks the page
            }
            if (errors.stream().anyMatch(e -> "THROTTLED".equals(code(e)))) {
                http.sleep(throttle.afterThrottled(requested), operation);
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
