package fr.passerelle.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An HTTP response from a sandbox. */
public record SandboxResponse(int status, Map<String, List<String>> headers, byte[] body) {

    public SandboxResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    public static SandboxResponse of(int status, String contentType, String body) {
        return new SandboxResponse(status, Map.of("Content-Type", List.of(contentType)),
                body.getBytes(StandardCharsets.UTF_8));
    }

    public static SandboxResponse json(int status, String json) {
        return of(status, "application/json; charset=utf-8", json);
    }

    public static SandboxResponse xml(int status, String xml) {
        return of(status, "text/xml; charset=utf-8", xml);
    }

    public static SandboxResponse empty(int status) {
        return new SandboxResponse(status, Map.of(), new byte[0]);
    }

    public SandboxResponse withHeader(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(headers);
        copy.put(name, List.of(value));
        return new SandboxResponse(status, copy, body);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
