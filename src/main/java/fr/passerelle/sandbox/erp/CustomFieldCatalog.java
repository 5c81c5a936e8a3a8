package fr.passerelle.sandbox.erp;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The custom fields ({@code Usr*} fields, form fields outside the endpoint) of each entity,
 * answered by {@code GET <Entity>/$adHocSchema} together with the workflow actions.
 */
final class CustomFieldCatalog {

    /** entity -> "View.Field" -> custom type ({@code CustomStringField} ...). */
    private final Map<String, Map<String, String>> fields = new LinkedHashMap<>();

    synchronized void declare(String entity, String view, String field, String type) {
        fields.computeIfAbsent(entity, k -> new LinkedHashMap<>()).put(view + "." + field, type);
    }

    synchronized ObjectNode schema(String entity) {
        ObjectNode schema = Wire.object();
        schema.put("id", java.util.UUID.nameUUIDFromBytes(entity.getBytes()).toString());
        schema.put("rowNumber", 1);
        ObjectNode custom = schema.putObject("custom");
        fields.getOrDefault(entity, Map.of()).forEach((path, type) -> {
            int dot = path.indexOf('.');
            ObjectNode view = custom.has(path.substring(0, dot)) ? (ObjectNode) custom.get(path.substring(0, dot))
                    : custom.putObject(path.substring(0, dot));
            view.set(path.substring(dot + 1), Wire.custom(type, null));
        });
        ArrayNode actions = schema.putArray("_workflowActions");
        if (entity.equals("SalesOrder")) {
            actions.addObject().putObject("ReleaseFromHold").putObject("parameters");
        }
        return schema;
    }
}
