package fr.passerelle.connector.erp.cegid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a canonical payload into the Acumatica PUT body, following the entity map. Unknown
 * fields are reported (a typo in a mapping should fail loudly, not vanish); read-only fields
 * (numbers, totals, statuses the ERP computes) are left out.
 */
final class PayloadEncoder {

    /** The payload names fields the entity map does not know. */
    static final class UnknownFieldsException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnknownFieldsException(List<String> names) {
            super("unknown field(s) " + String.join(", ", names));
        }
    }

    private final EntityMap entity;
    private final Map<String, String> customTypes;
    private final List<String> unknown = new ArrayList<>();

    private PayloadEncoder(EntityMap entity, Map<String, String> customTypes) {
        this.entity = entity;
        this.customTypes = customTypes;
    }

    /**
     * @param customTypes discovered custom field types by {@code View.Field}
     */
    static ObjectNode encode(EntityMap entity, Map<String, ?> payload, Map<String, String> customTypes) {
        PayloadEncoder encoder = new PayloadEncoder(entity, customTypes);
        ObjectNode body = Json.MAPPER.createObjectNode();
        encoder.level(body, "", payload);
        if (!encoder.unknown.isEmpty()) {
            throw new UnknownFieldsException(encoder.unknown);
        }
        return body;
    }

    private void level(ObjectNode body, String prefix, Map<String, ?> values) {
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            String name = prefix + entry.getKey();
            Object value = entry.getValue();
            var field = entity.field(name);
            if (field.isPresent()) {
                if (!field.get().readOnly()) {
                    set(body, field.get(), value);
                }
            } else if (name.equals("custom") && value instanceof Map<?, ?> views) {
                custom(body, views);
            } else if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, ?> typed = (Map<String, ?>) nested;
                level(body, name + ".", typed);
            } else {
                unknown.add(name);
            }
        }
    }

    private void set(ObjectNode body, FieldMap field, @Nullable Object value) {
        List<String> segments = field.segments();
        ObjectNode owner = Paths.ensure(body, segments.subList(0, segments.size() - 1));
        String last = segments.getLast();
        if (field.isKeyed() && value instanceof Map<?, ?> map) {
            ArrayNode lines = owner.putArray(last);
            map.forEach((k, v) -> {
                ObjectNode line = lines.addObject();
                line.set(field.keyedBy(), wrap(k));
                line.set(field.valueOf(), wrap(v));
            });
        } else if (field.isList() && value instanceof List<?> list) {
            ArrayNode lines = owner.putArray(last);
            for (Object item : list) {
                ObjectNode line = lines.addObject();
                if (item instanceof Map<?, ?> map) {
                    for (FieldMap sub : field.fields()) {
                        Object subValue = NestedMaps.get(castMap(map), sub.name());
                        if (subValue != null && !sub.readOnly()) {
                            set(line, sub, subValue);
                        }
                    }
                    Object id = map.get("id");
                    if (id != null) {
                        line.put("id", id.toString());
                    }
                }
            }
        } else if (field.raw()) {
            owner.set(last, wrap(value).path("value"));
        } else {
            owner.set(last, wrap(value));
        }
    }

    private void custom(ObjectNode body, Map<?, ?> views) {
        ObjectNode custom = body.putObject("custom");
        views.forEach((view, fields) -> {
            ObjectNode viewNode = custom.putObject(String.valueOf(view));
            if (fields instanceof Map<?, ?> map) {
                map.forEach((field, value) -> {
                    ObjectNode wrapper = wrap(value);
                    wrapper.put("type", customTypes.getOrDefault(view + "." + field, customType(value)));
                    viewNode.set(String.valueOf(field), wrapper);
                });
            }
        });
    }

    private static String customType(@Nullable Object value) {
        return switch (value) {
            case BigDecimal d -> "CustomDecimalField";
            case Integer i -> "CustomIntField";
            case Boolean b -> "CustomBooleanField";
            case null, default -> "CustomStringField";
        };
    }

    static ObjectNode wrap(@Nullable Object value) {
        ObjectNode wrapper = Json.MAPPER.createObjectNode();
        switch (value) {
            case null -> wrapper.putNull("value");
            case BigDecimal d -> wrapper.put("value", d);
            case Integer i -> wrapper.put("value", i);
            case Long l -> wrapper.put("value", l);
            case Double d -> wrapper.put("value", BigDecimal.valueOf(d));
            case Boolean b -> wrapper.put("value", b);
            case LocalDate d -> wrapper.put("value", d.atStartOfDay().toString() + ":00");
            case OffsetDateTime o -> wrapper.put("value", o.toString());
            case Instant i -> wrapper.put("value", OffsetDateTime.ofInstant(i, ZoneOffset.UTC).toString());
            default -> wrapper.put("value", value.toString());
        }
        return wrapper;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castMap(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }
}
