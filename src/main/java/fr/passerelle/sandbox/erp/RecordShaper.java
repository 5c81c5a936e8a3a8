package fr.passerelle.sandbox.erp;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cuts a stored record down to what the API returns for a query: nothing linked or detailed
 * unless {@code $expand}ed, only {@code $select}ed fields when a selection is given, custom
 * fields only when named in {@code $custom}, files only with {@code $expand=files}.
 */
final class RecordShaper {

    private static final Set<String> SYSTEM = Set.of("id", "rowNumber", "note", "_links", "error");

    private final Set<String> select;
    private final Set<String> expand;
    private final Set<String> custom;

    RecordShaper(QueryOptions options) {
        this.select = options.select();
        this.expand = options.expandedPaths();
        this.custom = options.custom();
    }

    ObjectNode shape(ObjectNode record) {
        return shape(record, "");
    }

    private ObjectNode shape(ObjectNode record, String prefix) {
        ObjectNode out = Wire.object();
        boolean restricted = restrictsLevel(prefix);
        for (Map.Entry<String, JsonNode> property : record.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            String path = prefix + name;
            if (SYSTEM.contains(name)) {
                out.set(name, value.deepCopy());
            } else if (name.equals("custom")) {
                copyCustom(value, prefix, out);
            } else if (name.equals("files")) {
                if (expand.contains(path)) {
                    out.set(name, value.deepCopy());
                }
            } else if (Wire.isWrapper(value)) {
                if (!restricted || select.contains(path)) {
                    out.set(name, value.deepCopy());
                }
            } else if (expand.contains(path)) {
                out.set(name, value.isArray() ? shapeAll((ArrayNode) value, path + "/") : shape((ObjectNode) value,
                        path + "/"));
            }
        }
        return out;
    }

    private ArrayNode shapeAll(ArrayNode rows, String prefix) {
        ArrayNode out = Wire.array();
        for (JsonNode row : rows) {
            out.add(shape((ObjectNode) row, prefix));
        }
        return out;
    }

    /** A selection restricts a level when it names at least one plain field on that level. */
    private boolean restrictsLevel(String prefix) {
        for (String path : select) {
            if (path.startsWith(prefix) && path.indexOf('/', prefix.length()) < 0) {
                return true;
            }
        }
        return false;
    }

    private void copyCustom(JsonNode views, String prefix, ObjectNode out) {
        ObjectNode kept = Wire.object();
        for (Map.Entry<String, JsonNode> view : views.properties()) {
            for (Map.Entry<String, JsonNode> field : view.getValue().properties()) {
                String name = prefix + view.getKey() + "." + field.getKey();
                if (custom.contains(name)) {
                    ObjectNode target = kept.has(view.getKey()) ? (ObjectNode) kept.get(view.getKey())
                            : kept.putObject(view.getKey());
                    target.set(field.getKey(), field.getValue().deepCopy());
                }
            }
        }
        if (!kept.isEmpty()) {
            out.set("custom", kept);
        }
    }
}
