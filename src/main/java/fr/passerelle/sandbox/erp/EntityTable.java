package fr.passerelle.sandbox.erp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The records of one top-level entity, in insertion order, found by {@code id} or by their
 * key fields. Callers synchronise on the owning {@link EntityStore}.
 */
final class EntityTable {

    private final String name;
    private final List<String> keys;
    private final List<ObjectNode> rows = new ArrayList<>();
    private final Map<String, ObjectNode> byId = new LinkedHashMap<>();
    private final Map<String, ObjectNode> byKey = new LinkedHashMap<>();

    EntityTable(String name, List<String> keys) {
        this.name = name;
        this.keys = List.copyOf(keys);
    }

    String name() {
        return name;
    }

    List<String> keys() {
        return keys;
    }

    List<ObjectNode> rows() {
        return rows;
    }

    /** Adds a record, giving it an id and a row number as the API does. */
    ObjectNode insert(ObjectNode record) {
        if (!record.hasNonNull("id")) {
            record.put("id", UUID.randomUUID().toString());
        }
        record.put("rowNumber", rows.size() + 1);
        rows.add(record);
        byId.put(record.get("id").asString(), record);
        String key = keyOf(record);
        if (key != null) {
            byKey.put(key, record);
        }
        return record;
    }

    /** Re-indexes a record whose key fields were just assigned (auto-numbered documents). */
    void reindex(ObjectNode record) {
        String key = keyOf(record);
        if (key != null) {
            byKey.put(key, record);
        }
    }

    Optional<ObjectNode> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Finds by key values in the order of the form's keys ({@code SO/000123}). */
    Optional<ObjectNode> byKeys(List<String> values) {
        return Optional.ofNullable(byKey.get(String.join("/", values).toUpperCase(java.util.Locale.ROOT)));
    }

    void remove(ObjectNode record) {
        rows.remove(record);
        byId.remove(record.get("id").asString());
        String key = keyOf(record);
        if (key != null) {
            byKey.remove(key);
        }
    }

    /** Key values joined with '/', upper-cased (Acumatica keys are case-insensitive); null if incomplete. */
    @Nullable String keyOf(ObjectNode record) {
        List<String> values = new ArrayList<>();
        for (String key : keys) {
            String value = Wire.text(record, key);
            if (value == null || value.isBlank()) {
                return null;
            }
            values.add(value);
        }
        return String.join("/", values).toUpperCase(java.util.Locale.ROOT);
    }
}
