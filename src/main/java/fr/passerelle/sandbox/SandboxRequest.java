package fr.passerelle.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as a sandbox sees it, whatever server carried it (the stand-alone
 * {@link SandboxServer} or the studio's servlet).
 *
 * @param path the path below the sandbox's mount point, starting with '/' ({@code /wp-json/wc/v3/products})
 * @param query decoded query parameters, in order
 * @param headers headers with lower-case names
 */
public record SandboxRequest(String method, String path, Map<String, List<String>> query,
        Map<String, List<String>> headers, byte[] body) {

    public SandboxRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public Optional<String> param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
