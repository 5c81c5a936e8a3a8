package fr.passerelle.connector.erp.cegid;

import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signs a session in and out. Three ways, by the credentials given: a ready bearer token
 * ({@code token}); OAuth 2.0 resource-owner password ({@code clientId}, {@code clientSecret},
 * {@code user}, {@code password}: Acumatica has no client-credentials flow); or the cookie login
 * ({@code user}, {@code password}, optional {@code tenant}, {@code branch}). When the licence refuses
 * a cookie login ("API Login Limit"), stale sessions of this process are logged out and the
 * login is tried again with backoff.
 */
final class CegidAuth {

    private final AcumaticaHttp http;
    private final ConnectionSettings settings;
    private final SessionLedger ledger;
    private final String scope;
    private SessionLedger.@Nullable Entry entry;

    CegidAuth(AcumaticaHttp http, ConnectionSettings settings, SessionLedger ledger) {
        this.http = http;
        this.settings = settings;
        this.ledger = ledger;
        this.scope = settings.baseUrl() + "|" + settings.credential("user").orElse("") + "|"
                + value("tenant").orElse("");
    }

    void signIn() {
        Optional<String> token = settings.credential("token");
        if (token.isPresent()) {
            http.bearer(token.get());
            return;
        }
        String user = settings.credential("user").orElseThrow(() -> new ConnectorException(AcumaticaHttp.SYSTEM,
                "login", 0, false, "no credentials: give a user and password, or a token"));
        String password = settings.credential("password").orElse("");
        if (value("clientId").isPresent()) {
            oauth(user, password);
        } else {
            cookieLogin(user, password);
        }
    }

    /** Marks the session used now, so it never looks abandoned while a run works. */
    void touch() {
        SessionLedger.Entry current = entry;
        if (current != null) {
            ledger.touch(current);
        }
    }

    /** Logs out a cookie session (always: open sessions hold licence seats). */
    void signOut() {
        SessionLedger.Entry current = entry;
        if (current == null) {
            return;
        }
        entry = null;
        ledger.remove(scope, current);
        logout();
    }

    private void logout() {
        AcumaticaHttp.Answer answer = http.send("POST", http.resolve("entity/auth/logout"), new byte[0],
                Map.of("Content-Type", "application/json"), "logout", true);
        http.forgetCookies();
        if (answer.status() != 204 && answer.status() != 200) {
            throw new ConnectorException(AcumaticaHttp.SYSTEM, "logout", answer.status(), true,
                    FieldErrors.httpMessage(answer.text()));
        }
    }

    private void cookieLogin(String user, String password) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("name", user);
        body.put("password", password);
        value("tenant").ifPresent(t -> body.put("tenant", t));
        value("branch").ifPresent(b -> body.put("branch", b));
        value("locale").ifPresent(l -> body.put("locale", l));
        byte[] json = body.toString().getBytes(StandardCharsets.UTF_8);
        HttpPolicy policy = http.policy();
        for (int attempt = 1; attempt <= policy.loginAttempts(); attempt++) {
            AcumaticaHttp.Answer answer = http.send("POST", http.resolve("entity/auth/login"), json,
                    Map.of("Content-Type", "application/json", "Accept", "application/json"), "login", false);
            if (answer.status() == 204 || answer.status() == 200) {
                SessionLedger.Entry previous = entry;
                if (previous != null) {
                    // signed in again after the ERP dropped the session: one seat, one ledger entry
                    ledger.remove(scope, previous);
                }
                entry = ledger.register(scope, this::logout);
                return;
            }
            if (!answer.loginLimit()) {
                String message = FieldErrors.httpMessage(answer.text());
                throw new ConnectorException(AcumaticaHttp.SYSTEM, "login", answer.status(),
                        answer.status() >= 500 && !message.contains("credentials"), message);
            }
            int freed = ledger.logoutStale(scope, policy.staleAfter());
            if (freed == 0 && attempt < policy.loginAttempts()) {
                AcumaticaHttp.pause(policy.backoff(attempt), "login");
            }
        }
        throw new ConnectorException(AcumaticaHttp.SYSTEM, "login", 429, true,
                "API Login Limit: every API session of the licence is in use; close other integrations or raise the limit");
    }

    private void oauth(String user, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", value("clientId").orElseThrow());
        form.put("client_secret", value("clientSecret").orElse(""));
        form.put("username", user);
        form.put("password", password);
        form.put("scope", "api offline_access"); // offline_access: a refresh token comes back
        StringBuilder encoded = new StringBuilder();
        form.forEach((k, v) -> encoded.append(encoded.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        AcumaticaHttp.Answer answer = http.send("POST", http.resolve("identity/connect/token"),
                encoded.toString().getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "token", false);
        if (answer.status() != 200) {
            throw new ConnectorException(AcumaticaHttp.SYSTEM, "token", answer.status(), false,
                    "OAuth token refused: " + answer.text());
        }
        JsonNode token = Json.MAPPER.readTree(answer.text());
        http.bearer(token.path("access_token").asString());
    }

    /** A setting given either as a credential or as an option. */
    private Optional<String> value(String name) {
        return settings.credential(name).or(() -> settings.option(name));
    }
}
