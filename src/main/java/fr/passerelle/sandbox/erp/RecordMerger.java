package fr.passerelle.sandbox.erp;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies a PUT body to a record: wrapped values replace, linked objects merge, detail lines
 * with an {@code id} update (or go, with {@code "delete": true}) and lines without one are added.
 */
final class RecordMerger {

    private RecordMerger() {
    }

    static void merge(ObjectNode target, ObjectNode changes) {
        for (Map.Entry<String, JsonNode> property : changes.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            if (name.equals("id") || name.equals("rowNumber") || name.equals("_links") || name.equals("error")) {
                continue;
            }
            if (name.equals("custom") && value.isObject()) {
                ObjectNode custom = target.has("custom") ? (ObjectNode) target.get("custom") : target.putObject("custom");
                deepMerge(custom, (ObjectNode) value);
            } else if (Wire.isWrapper(value)) {
                ObjectNode wrapper = Wire.object();
                if (value.has("value")) {
                    wrapper.set("value", value.get("value").deepCopy());
                }
                target.set(name, wrapper);
            } else if (value.isArray()) {
                mergeDetails(target, name, (ArrayNode) value);
            } else if (value.isObject()) {
                JsonNode existing = target.get(name);
                ObjectNode linked = existing instanceof ObjectNode o && !Wire.isWrapper(o) ? o : target.putObject(name);
                merge(linked, (ObjectNode) value);
            }
        }
    }

    private static void mergeDetails(ObjectNode target, String name, ArrayNode lines) {
        ArrayNode existing = target.get(name) instanceof ArrayNode a ? a : target.putArray(name);
        for (JsonNode line : lines) {
            if (!line.isObject()) {
                continue;
            }
            ObjectNode match = line.hasNonNull("id") ? findLine(existing, line.get("id").asString()) : null;
            if (match != null && line.path("delete").asBoolean(false)) {
                removeLine(existing, match);
            } else if (match != null) {
                merge(match, (ObjectNode) line);
            } else {
                ObjectNode added = Wire.object();
                added.put("id", UUID.randomUUID().toString());
                added.put("rowNumber", existing.size() + 1);
                merge(added, (ObjectNode) line);
                existing.add(added);
            }
        }
    }

    private static @org.jspecify.annotations.Nullable ObjectNode findLine(ArrayNode lines, String id) {
        for (JsonNode line : lines) {
            if (id.equals(line.path("id").asString(""))) {
                return (ObjectNode) line;
            }
        }
        return null;
    }

    private static void removeLine(ArrayNode lines, ObjectNode line) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == line) {
                lines.remove(i);
                return;
            }
        }
    }

    private static void deepMerge(ObjectNode target, ObjectNode changes) {
        for (Map.Entry<String, JsonNode> property : changes.properties()) {
            JsonNode value = property.getValue();
            if (value.isObject() && target.get(property.getKey()) instanceof ObjectNode existing) {
                deepMerge(existing, (ObjectNode) value);
            } else {
                target.set(property.getKey(), value.deepCopy());
            }
        }
    }
}
