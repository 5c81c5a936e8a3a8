package fr.passerelle.connector.erp.cegid;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/** Walks Acumatica paths: linked entities by name, detail lines by a {@code Name[Key=Value]} selector. */
final class Paths {

    private static final Pattern SELECTOR = Pattern.compile("([^\\[]+)\\[([^=]+)=([^\\]]*)\\]");

    private Paths() {
    }

    static JsonNode locate(JsonNode node, List<String> segments) {
        JsonNode current = node;
        for (String segment : segments) {
            Matcher selector = SELECTOR.matcher(segment);
            if (selector.matches()) {
                current = line(current.path(selector.group(1)), selector.group(2), selector.group(3));
            } else {
                current = current.path(segment);
            }
            if (current.isMissingNode()) {
                return current;
            }
        }
        return current;
    }

    /** The object at a path, created as needed (linked objects, selected detail lines). */
    static ObjectNode ensure(ObjectNode node, List<String> segments) {
        ObjectNode current = node;
        for (String segment : segments) {
            Matcher selector = SELECTOR.matcher(segment);
            if (selector.matches()) {
                ArrayNode lines = current.get(selector.group(1)) instanceof ArrayNode a ? a
                        : current.putArray(selector.group(1));
                JsonNode found = line(lines, selector.group(2), selector.group(3));
                if (found instanceof ObjectNode existing) {
                    current = existing;
                } else {
                    ObjectNode added = lines.addObject();
                    added.putObject(selector.group(2)).put("value", selector.group(3));
                    current = added;
                }
            } else {
                current = current.get(segment) instanceof ObjectNode o ? o : current.putObject(segment);
            }
        }
        return current;
    }

    /** The wrapper-less base name of a segment ({@code Attributes} for {@code Attributes[AttributeID=X]}). */
    static String baseName(String segment) {
        Matcher selector = SELECTOR.matcher(segment);
        return selector.matches() ? selector.group(1) : segment;
    }

    private static JsonNode line(JsonNode lines, String key, String value) {
        for (JsonNode line : lines) {
            if (value.equalsIgnoreCase(line.path(key).path("value").asString(""))) {
                return line;
            }
        }
        return MissingNode.getInstance();
    }
}
