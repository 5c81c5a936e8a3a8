package fr.passerelle.connector;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one system: its base URL, its credentials (decrypted just for this session) and
 * connector options (endpoint name and version, page size, language id ...).
 */
public record ConnectionSettings(String baseUrl, Map<String, String> credentials, Map<String, String> options) {

    public ConnectionSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        credentials = Map.copyOf(credentials);
        options = Map.copyOf(options);
    }

    public Optional<String> credential(String name) {
        return Optional.ofNullable(credentials.get(name)).filter(v -> !v.isBlank());
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name)).filter(v -> !v.isBlank());
    }

    /** Never prints a credential: settings end up in logs and error messages. */
    @Override
    public String toString() {
        return "ConnectionSettings[baseUrl=" + baseUrl + ", credentials=" + credentials.keySet() + ", options="
                + options + "]";
    }
}
