package fr.passerelle.connector.erp.cegid;

import fr.passerelle.connector.ConnectorException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * HTTP to one Acumatica instance for one session: session cookies or a bearer token on every
 * call, a time limit on every call (body included, so a stalled server never hangs a run),
 * 429 honoured (Retry-After when given, else backoff), 5xx and silence retried with backoff
 * for idempotent calls only, then reported as {@link ConnectorException}.
 */
final class AcumaticaHttp {

    static final String SYSTEM = "cegid-xrp-flex";

    /** An answer: status, headers and body. */
    record Answer(int status, Map<String, List<String>> headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Nullable String header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                    return entry.getValue().get(0);
                }
            }
            return null;
        }

        boolean loginLimit() {
            return (status == 429 || status >= 500) && text().contains("API Login Limit");
        }
    }

    private final HttpClient client;
    private final URI instance;
    private final HttpPolicy policy;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private volatile @Nullable String bearer;

    AcumaticaHttp(String instanceUrl, HttpPolicy policy) {
        this.instance = URI.create(instanceUrl.endsWith("/") ? instanceUrl : instanceUrl + "/");
        this.policy = policy;
        this.client = HttpClient.newBuilder().connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpPolicy policy() {
        return policy;
    }

    void bearer(@Nullable String token) {
        this.bearer = token;
    }

    synchronized void forgetCookies() {
        cookies.clear();
    }

    synchronized boolean hasCookies() {
        return !cookies.isEmpty();
    }

    /** A path below the instance ({@code entity/Default/...}) or an absolute path from a Location header. */
    URI resolve(String path) {
        if (path.startsWith("/")) {
            return instance.resolve(path);
        }
        return instance.resolve(path);
    }

    /**
     * Sends a call, retrying as the policy allows. Answers of any status come back; only a call
     * that never got a usable answer throws.
     *
     * @param idempotent whether repeating the call is harmless (GET, PUT by key, logout)
     */
    Answer send(String method, URI uri, byte @Nullable [] body, Map<String, String> headers, String operation,
            boolean idempotent) {
        for (int attempt = 1;; attempt++) {
            Answer answer;
            try {
                answer = once(method, uri, body, headers);
            } catch (TimeoutException | IOException e) {
                if (!idempotent || attempt >= policy.maxAttempts()) {
                    throw new ConnectorException(SYSTEM, operation, 0, true, e instanceof TimeoutException
                            ? "no answer within " + policy.requestTimeout().toMillis() + " ms"
                            : fr.passerelle.connector.http.IoFailures.describe((IOException) e, uri), e);
                }
                pause(policy.backoff(attempt), operation);
                continue;
            }
            boolean throttled = answer.status() == 429 && !answer.loginLimit();
            boolean serverError = answer.status() >= 500 && !answer.loginLimit() && !CegidCalls.notFound(answer);
            if (attempt < policy.maxAttempts() && (throttled || (serverError && idempotent))) {
                pause(throttled ? retryAfter(answer, attempt) : policy.backoff(attempt), operation);
                continue;
            }
            return answer;
        }
    }

    private Answer once(String method, URI uri, byte @Nullable [] body, Map<String, String> headers)
            throws TimeoutException, IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(policy.requestTimeout())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        String cookieHeader = cookieHeader();
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        String token = bearer;
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try {
            HttpResponse<byte[]> response = future.get(policy.requestTimeout().toMillis() + 250, TimeUnit.MILLISECONDS);
            keepCookies(response.headers().allValues("set-cookie"));
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ConnectorException(SYSTEM, method + " " + uri.getPath(), 0, true, "interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof java.net.http.HttpTimeoutException timeout) {
                throw (TimeoutException) new TimeoutException(timeout.getMessage()).initCause(timeout);
            }
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        }
    }

    /** Retry-After in seconds or as an HTTP date; without one, the backoff. Capped at the longest delay. */
    private Duration retryAfter(Answer answer, int attempt) {
        String header = answer.header("Retry-After");
        Duration wait = policy.backoff(attempt);
        if (header != null) {
            try {
                wait = Duration.ofSeconds(Long.parseLong(header.trim()));
            } catch (NumberFormatException e) {
                try {
                    wait = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(header.trim(),
                            DateTimeFormatter.RFC_1123_DATE_TIME));
                } catch (RuntimeException ignored) {
                    // an unreadable Retry-After falls back to the backoff
                }
            }
        }
        return wait.isNegative() ? Duration.ZERO : wait.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : wait;
    }

    static void pause(Duration wait, String operation) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(SYSTEM, operation, 0, true, "interrupted while waiting to retry", e);
        }
    }

    private synchronized String cookieHeader() {
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
                .append(value));
        return header.toString();
    }

    private synchronized void keepCookies(List<String> setCookies) {
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }
}
