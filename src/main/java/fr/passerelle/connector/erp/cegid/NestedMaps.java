package fr.passerelle.connector.erp.cegid;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Dotted canonical names ({@code main.address.city}) as nested maps, the shape records carry. */
final class NestedMaps {

    private NestedMaps() {
    }

    @SuppressWarnings("unchecked")
    static void put(Map<String, @Nullable Object> root, String dottedName, @Nullable Object value) {
        String[] parts = dottedName.split("\\.");
        Map<String, @Nullable Object> level = root;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = level.get(parts[i]);
            if (!(next instanceof Map<?, ?>)) {
                next = new LinkedHashMap<String, Object>();
                level.put(parts[i], next);
            }
            level = (Map<String, @Nullable Object>) next;
        }
        level.put(parts[parts.length - 1], value);
    }

    /** The value at a dotted name, or null. */
    static @Nullable Object get(Map<String, ?> root, String dottedName) {
        Object current = root;
        for (String part : dottedName.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
