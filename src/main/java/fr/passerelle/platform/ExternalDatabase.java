package fr.passerelle.platform;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code PASSERELLE_DB_URL}, {@code PASSERELLE_DB_USER} and {@code PASSERELLE_DB_PASSWORD} as
 * Spring default properties: an explicit {@code spring.datasource.*} still wins.
 */
public final class ExternalDatabase {

    private ExternalDatabase() {
    }

    public static Map<String, Object> defaultProperties(Map<String, String> env) {
        Map<String, Object> properties = new HashMap<>();
        String url = env.get("PASSERELLE_DB_URL");
        if (url != null && !url.isBlank()) {
            properties.put("spring.datasource.url", url);
            putIfSet(properties, "spring.datasource.username", env.get("PASSERELLE_DB_USER"));
            putIfSet(properties, "spring.datasource.password", env.get("PASSERELLE_DB_PASSWORD"));
        }
        return properties;
    }

    private static void putIfSet(Map<String, Object> properties, String key, String value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
