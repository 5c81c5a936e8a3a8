package fr.passerelle.connector.erp.ebp;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** EBP records (plain JSON, dot paths) to canonical records and back. */
final class EbpRecords {

    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private EbpRecords() {
    }

    static CanonicalRecord decode(EbpMap.Entity entity, JsonNode row) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        for (EbpMap.Field field : entity.fields()) {
            JsonNode value = at(row, field.path());
            if (!value.isMissingNode()) {
                put(fields, field.name(), convert(field, value));
            }
        }
        List<String> key = new ArrayList<>();
        for (String name : entity.keys()) {
            key.add(String.valueOf(fields.get(name)));
        }
        Instant modified = null;
        if (entity.modified() != null && fields.get(entity.modified()) instanceof OffsetDateTime odt) {
            modified = odt.toInstant();
        }
        return new CanonicalRecord(entity.name(), String.join("/", key), fields, modified);
    }

    static ObjectNode encode(EbpMap.Entity entity, Map<String, ?> payload) {
        ObjectNode body = JSON.createObjectNode();
        for (EbpMap.Field field : entity.fields()) {
            Object value = get(payload, field.name());
            if (value == null) {
                continue;
            }
            String[] parts = field.path().split("\\.");
            ObjectNode owner = body;
            for (int i = 0; i < parts.length - 1; i++) {
                owner = owner.get(parts[i]) instanceof ObjectNode o ? o : owner.putObject(parts[i]);
            }
            if (value instanceof List<?> lines) {
                ArrayNode array = owner.putArray(parts[parts.length - 1]);
                for (Object line : lines) {
                    ObjectNode out = array.addObject();
                    if (line instanceof Map<?, ?> map) {
                        for (EbpMap.Field sub : field.fields()) {
                            Object subValue = map.get(sub.name());
                            if (subValue != null) {
                                out.set(sub.path(), JSON.valueToTree(plain(subValue)));
                            }
                        }
                    }
                }
            } else {
                owner.set(parts[parts.length - 1], JSON.valueToTree(plain(value)));
            }
        }
        return body;
    }

    private static Object plain(Object value) {
        return value instanceof LocalDate || value instanceof OffsetDateTime || value instanceof Instant
                ? value.toString() : value;
    }

    private static JsonNode at(JsonNode row, String path) {
        JsonNode node = row;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    private static @Nullable Object convert(EbpMap.Field field, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (field.type() == FieldType.LIST) {
            List<Map<String, @Nullable Object>> lines = new ArrayList<>();
            for (JsonNode line : value) {
                Map<String, @Nullable Object> decoded = new LinkedHashMap<>();
                for (EbpMap.Field sub : field.fields()) {
                    JsonNode subValue = at(line, sub.path());
                    if (!subValue.isMissingNode()) {
                        decoded.put(sub.name(), convert(sub, subValue));
                    }
                }
                lines.add(decoded);
            }
            return lines;
        }
        try {
            return switch (field.type()) {
                case DECIMAL, INTEGER -> value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString());
                case BOOLEAN -> value.asBoolean();
                case DATETIME -> OffsetDateTime.parse(value.asString().endsWith("Z") || value.asString().matches(
                        ".*[+-]\\d{2}:\\d{2}$") ? value.asString() : value.asString() + "Z");
                case DATE -> LocalDate.parse(value.asString().substring(0, 10));
                default -> value.isString() ? value.asString() : value.toString();
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            return value.asString();
        }
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, @Nullable Object> root, String name, @Nullable Object value) {
        String[] parts = name.split("\\.");
        Map<String, @Nullable Object> level = root;
        for (int i = 0; i < parts.length - 1; i++) {
            level = (Map<String, @Nullable Object>) level.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
        }
        level.put(parts[parts.length - 1], value);
    }

    private static @Nullable Object get(Map<String, ?> root, String name) {
        Object current = root;
        for (String part : name.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
