package fr.passerelle.store;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Name/value pairs (credentials, settings) as the JSON text that is encrypted or stored. */
final class CredentialsText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CredentialsText() {
    }

    static String write(Map<String, String> values) {
        return JSON.writeValueAsString(new TreeMap<>(values));
    }

    static Map<String, String> read(String text) {
        return text.isBlank() ? Map.of() : JSON.readValue(text, new TypeReference<Map<String, String>>() { });
    }
}
