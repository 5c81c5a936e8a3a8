package fr.passerelle.connector.erp.ebp;

import fr.passerelle.connector.ConnectorException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth 2.0 authorization code with EBP's login server (the only flow EBP documents). The
 * endpoints come from its OpenID configuration; the studio sends the user to
 * {@link #authorizationUrl} and gives the code back to {@link #exchange}; sessions then refresh
 * the access token when the API answers 401.
 */
public final class EbpTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final String loginServer;
    private final String clientId;
    private final String clientSecret;
    private final Duration timeout;
    private volatile @Nullable String accessToken;
    private volatile @Nullable String refreshToken;
    private @Nullable JsonNode configuration;

    public EbpTokens(String loginServer, String clientId, String clientSecret, @Nullable String accessToken,
            @Nullable String refreshToken, Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.loginServer = loginServer.endsWith("/") ? loginServer.substring(0, loginServer.length() - 1) : loginServer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.timeout = timeout;
    }

    /** Where to send the user's browser to grant access (authorization code flow). */
    public String authorizationUrl(String redirectUri, String scopes, String state) {
        return endpoint("authorization_endpoint") + "?response_type=code&client_id=" + enc(clientId)
                + "&redirect_uri=" + enc(redirectUri) + "&scope=" + enc(scopes) + "&state=" + enc(state);
    }

    /** Trades the code the login server sent back for tokens. */
    public void exchange(String code, String redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        token(form);
    }

    @Nullable String accessToken() {
        return accessToken;
    }

    @Nullable String refreshToken() {
        return refreshToken;
    }

    boolean canRefresh() {
        return refreshToken != null && !clientId.isEmpty();
    }

    void refresh() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", String.valueOf(refreshToken));
        token(form);
    }

    private void token(Map<String, String> form) {
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=').append(enc(v)));
        JsonNode answer = post(endpoint("token_endpoint"), body.toString());
        accessToken = answer.path("access_token").asString();
        if (answer.hasNonNull("refresh_token")) {
            refreshToken = answer.path("refresh_token").asString();
        }
    }

    private synchronized String endpoint(String name) {
        if (configuration == null) {
            configuration = get(loginServer + "/.well-known/openid-configuration");
        }
        String url = configuration.path(name).asString("");
        if (url.isEmpty()) {
            throw new ConnectorException(EbpConnector.ID, "oauth", 0, false, "the login server announces no " + name);
        }
        return url;
    }

    private JsonNode get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build(), "oauth configuration");
    }

    private JsonNode post(String url, String form) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), "oauth token");
    }

    private JsonNode send(HttpRequest request, String operation) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ConnectorException(EbpConnector.ID, operation, response.statusCode(), false,
                        "the login server refused: " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new ConnectorException(EbpConnector.ID, operation, 0, true, e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(EbpConnector.ID, operation, 0, true, "interrupted", e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
