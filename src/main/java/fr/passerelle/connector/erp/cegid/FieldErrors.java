package fr.passerelle.connector.erp.cegid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Collects the errors of a 422 answer: the record-level {@code error} and every field-level one
 * inside the wrappers, detail lines included ({@code Details[2].InventoryID: ...}), as the
 * official client's {@code CollectErrorsFromEntity} does.
 */
final class FieldErrors {

    private FieldErrors() {
    }

    static List<String> collect(JsonNode entity) {
        List<String> errors = new ArrayList<>();
        if (entity.path("error").isString()) {
            errors.add(entity.path("error").asString());
        }
        walk(entity, "", errors);
        return errors;
    }

    private static void walk(JsonNode node, String path, List<String> errors) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            if (name.equals("error")) {
                continue;
            }
            String here = path.isEmpty() ? name : path + "." + name;
            if (value.isObject() && value.path("error").isString()) {
                errors.add(here + ": " + value.path("error").asString());
            }
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    JsonNode line = value.get(i);
                    if (line.path("error").isString()) {
                        errors.add(name + "[" + i + "]: " + line.path("error").asString());
                    }
                    walk(line, here + "[" + i + "]", errors);
                }
            } else if (value.isObject()) {
                walk(value, here, errors);
            }
        }
    }

    /** The operator-facing message of an {@code HttpError} body, never its stack trace. */
    static String httpMessage(String body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            String message = node.path("exceptionMessage").asString(node.path("message").asString(""));
            return message.isBlank() ? abbreviate(body) : message;
        } catch (RuntimeException e) {
            return abbreviate(body);
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
    }
}
