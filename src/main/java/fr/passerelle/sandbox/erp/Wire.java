package fr.passerelle.sandbox.erp;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Acumatica's JSON record shape: wrapped values, linked objects, detail arrays, custom fields. */
public final class Wire {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Wire() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** {@code {"value": v}}; an empty wrapper stands for null, as the API answers it. */
    public static ObjectNode wrap(@Nullable Object value) {
        ObjectNode wrapper = NODES.objectNode();
        switch (value) {
            case null -> {
            }
            case String s -> wrapper.put("value", s);
            case BigDecimal d -> wrapper.put("value", d);
            case Integer i -> wrapper.put("value", i);
            case Long l -> wrapper.put("value", l);
            case Boolean b -> wrapper.put("value", b);
            default -> wrapper.put("value", value.toString());
        }
        return wrapper;
    }

    /** A custom field as the API shows it: {@code {"type": "CustomStringField", "value": ...}}. */
    public static ObjectNode custom(String type, @Nullable Object value) {
        ObjectNode field = wrap(value);
        field.put("type", type);
        if (!field.has("value")) {
            field.putNull("value");
        }
        return field;
    }

    /** True for {@code {"value": ...}} / {@code {}} / field-error wrappers, false for linked entities. */
    public static boolean isWrapper(JsonNode node) {
        if (!node.isObject()) {
            return false;
        }
        for (String name : node.propertyNames()) {
            if (!name.equals("value") && !name.equals("error") && !name.equals("type")) {
                return false;
            }
        }
        return true;
    }

    /** The plain value at a path of wrapped fields ({@code MainContact/Email}); null when absent. */
    public static @Nullable Object value(JsonNode record, List<String> path) {
        JsonNode node = record;
        for (String segment : path) {
            node = node.path(segment);
            if (node.isMissingNode()) {
                return null;
            }
        }
        return plain(node.path("value"));
    }

    public static @Nullable String text(JsonNode record, String field) {
        Object value = value(record, List.of(field));
        return value == null ? null : value.toString();
    }

    public static @Nullable BigDecimal decimal(JsonNode record, String field) {
        Object value = value(record, List.of(field));
        return value instanceof BigDecimal d ? d : value == null ? null : new BigDecimal(value.toString());
    }

    public static @Nullable Object plain(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.asString();
    }

    public static void set(ObjectNode record, String field, @Nullable Object value) {
        record.set(field, wrap(value));
    }
}
