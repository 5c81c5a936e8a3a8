package fr.passerelle.connector.erp.cegid;

import fr.passerelle.connector.ConnectorException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Calls on the session's endpoint: URL building ({@code entity/<Endpoint>/<Version>/<Entity>}),
 * one sign-in again when the server forgot the session (401), and the mapping of failed answers
 * to {@link ConnectorException}s.
 */
final class CegidCalls {

    static final Map<String, String> JSON = Map.of("Accept", "application/json", "Content-Type", "application/json");

    private final AcumaticaHttp http;
    private final CegidAuth auth;
    private final EndpointMap map;

    CegidCalls(AcumaticaHttp http, CegidAuth auth, EndpointMap map) {
        this.http = http;
        this.auth = auth;
        this.map = map;
    }

    EndpointMap map() {
        return map;
    }

    AcumaticaHttp http() {
        return http;
    }

    /** {@code entity/<Endpoint>/<Version>/<path>?<query>} with values encoded. */
    URI entityUri(String path, Map<String, String> query) {
        return endpointUri(map.endpoint(), map.version(), path, query);
    }

    URI endpointUri(String endpoint, String version, String path, Map<String, String> query) {
        StringBuilder uri = new StringBuilder("entity/").append(endpoint).append('/').append(version).append('/')
                .append(path);
        String separator = "?";
        for (Map.Entry<String, String> param : query.entrySet()) {
            uri.append(separator).append(param.getKey()).append('=').append(
                    URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
            separator = "&";
        }
        return http.resolve(uri.toString());
    }

    AcumaticaHttp.Answer call(String method, URI uri, byte @Nullable [] body, Map<String, String> headers,
            String operation, boolean idempotent) {
        auth.touch();
        AcumaticaHttp.Answer answer = http.send(method, uri, body, headers, operation, idempotent);
        if (answer.status() == 401 && http.hasCookies()) {
            // the server dropped the session (idle timeout): sign in again once
            http.forgetCookies();
            auth.signIn();
            answer = http.send(method, uri, body, headers, operation, idempotent);
        }
        return answer;
    }

    /** The exception for an answer that is not a success and not a per-record problem. */
    static ConnectorException failure(AcumaticaHttp.Answer answer, String operation) {
        int status = answer.status();
        if (notFound(answer)) {
            return new ConnectorException(AcumaticaHttp.SYSTEM, operation, 404, false,
                    "no record satisfies the condition (" + FieldErrors.httpMessage(answer.text()) + ")");
        }
        boolean retryable = status == 429 || status >= 500;
        String hint = switch (status) {
            case 401 -> "not signed in (session expired or token refused)";
            case 403 -> "the API user has no rights on the form behind this entity";
            case 404 -> "unknown endpoint, version, entity or action; check the entity map";
            default -> "";
        };
        String message = FieldErrors.httpMessage(answer.text());
        return new ConnectorException(AcumaticaHttp.SYSTEM, operation, status, retryable,
                hint.isEmpty() ? message : hint + " (" + message + ")");
    }

    /**
     * A 500 carrying {@code NoEntitySatisfiesTheConditionException} ("No entity satisfies the
     * condition.") is Acumatica's not-found for a record asked by key or condition: never retried.
     */
    static boolean notFound(AcumaticaHttp.Answer answer) {
        if (answer.status() != 500) {
            return false;
        }
        String text = answer.text();
        return text.contains("NoEntitySatisfiesTheConditionException") || text.contains("No entity satisfies the condition");
    }

    static Map<String, String> query() {
        return new LinkedHashMap<>();
    }
}
