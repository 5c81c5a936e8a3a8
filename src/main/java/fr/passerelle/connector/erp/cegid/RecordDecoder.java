package fr.passerelle.connector.erp.cegid;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns an Acumatica record (wrapped values, linked objects, detail arrays, custom fields) into
 * a canonical record following the entity map. Custom fields come out as
 * {@code custom.<View>.<Field>}.
 */
final class RecordDecoder {

    private RecordDecoder() {
    }

    static CanonicalRecord decode(EntityMap entity, JsonNode node) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        for (FieldMap field : entity.fields()) {
            JsonNode at = Paths.locate(node, field.segments());
            if (!at.isMissingNode()) {
                NestedMaps.put(fields, field.name(), value(field, at));
            }
        }
        customFields(node, fields);
        List<String> keyParts = new ArrayList<>();
        for (FieldMap key : entity.keyFields()) {
            Object value = value(key, Paths.locate(node, key.segments()));
            keyParts.add(value == null ? "" : value.toString());
        }
        Instant modifiedAt = null;
        if (entity.modified() != null) {
            Object modified = convert(Paths.locate(node, List.of(entity.modified().split("/"))).path("value"),
                    FieldType.DATETIME);
            modifiedAt = modified instanceof OffsetDateTime odt ? odt.toInstant() : null;
        }
        return new CanonicalRecord(entity.name(), String.join("/", keyParts), fields, modifiedAt);
    }

    /**
     * Custom fields of the record and of its linked entities (the IDG's {@code MainContact.custom.DefContact}),
     * all as {@code custom.<View>.<Field>}: view names are unique per form, so they do not collide.
     */
    private static void customFields(JsonNode node, Map<String, @Nullable Object> fields) {
        for (Map.Entry<String, JsonNode> view : node.path("custom").properties()) {
            for (Map.Entry<String, JsonNode> field : view.getValue().properties()) {
                NestedMaps.put(fields, "custom." + view.getKey() + "." + field.getKey(),
                        plain(field.getValue().path("value")));
            }
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            JsonNode linked = property.getValue();
            if (linked.isObject() && !property.getKey().equals("custom") && !property.getKey().equals("_links")
                    && !linked.has("value")) {
                customFields(linked, fields);
            }
        }
    }

    static @Nullable Object value(FieldMap field, JsonNode at) {
        if (field.isKeyed()) {
            Map<String, @Nullable Object> map = new LinkedHashMap<>();
            for (JsonNode line : at) {
                map.put(line.path(field.keyedBy()).path("value").asString(""),
                        plain(line.path(field.valueOf()).path("value")));
            }
            return map;
        }
        if (field.isList()) {
            List<Map<String, @Nullable Object>> lines = new ArrayList<>();
            for (JsonNode line : at) {
                Map<String, @Nullable Object> decoded = new LinkedHashMap<>();
                for (FieldMap sub : field.fields()) {
                    JsonNode subAt = Paths.locate(line, sub.segments());
                    if (!subAt.isMissingNode()) {
                        NestedMaps.put(decoded, sub.name(), value(sub, subAt));
                    }
                }
                lines.add(decoded);
            }
            return lines;
        }
        return convert(field.raw() ? at : at.path("value"), field.type());
    }

    /** A JSON value as the canonical type; text that does not parse stays text rather than failing the record. */
    static @Nullable Object convert(JsonNode value, FieldType type) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        try {
            return switch (type) {
                case DECIMAL, INTEGER -> value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString().trim());
                case BOOLEAN -> value.isBoolean() ? value.booleanValue() : Boolean.parseBoolean(value.asString());
                case DATETIME -> dateTime(value.asString());
                case DATE -> LocalDate.parse(value.asString().substring(0, Math.min(10, value.asString().length())));
                case STRING -> value.asString();
                default -> plain(value);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return value.asString();
        }
    }

    /** With an offset as sent; without one the ERP's time is taken as UTC. */
    static OffsetDateTime dateTime(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
        }
    }

    static @Nullable Object plain(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.isString() ? value.asString() : value.toString();
    }
}
