package fr.passerelle.connector.erp.cegid;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FieldType;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Reads: pages with {@code $top/$skip} (the API's only paging), the caller's {@code $filter}
 * joined with the watermark ({@code LastModifiedDateTime ge datetimeoffset'...'}), the mapped
 * fields through {@code $select/$expand}, and the custom fields discovered from
 * {@code $adHocSchema} through {@code $custom}.
 */
final class CegidReader {

    private final CegidCalls calls;
    private final Map<String, Map<String, String>> customTypes = new ConcurrentHashMap<>();
    private final Map<String, List<FieldSchema>> attributeFields = new ConcurrentHashMap<>();

    CegidReader(CegidCalls calls) {
        this.calls = calls;
    }

    Page read(EntityMap entity, ReadRequest request) {
        if (!entity.readable()) {
            throw new ConnectorException(AcumaticaHttp.SYSTEM, "read " + entity.name(), 0, false, "not readable");
        }
        int skip = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
        Map<String, String> query = CegidCalls.query();
        String filter = filter(entity, request);
        if (!filter.isEmpty()) {
            query.put("$filter", filter);
        }
        QueryShape shape = QueryShape.of(entity, request.fields());
        query.put("$select", String.join(",", shape.select()));
        if (!shape.expand().isEmpty()) {
            query.put("$expand", String.join(",", shape.expand()));
        }
        if (entity.customFields()) {
            List<String> custom = new ArrayList<>(customTypes(entity).keySet());
            if (!custom.isEmpty()) {
                query.put("$custom", String.join(",", custom));
            }
        }
        query.put("$top", Integer.toString(request.pageSize()));
        query.put("$skip", Integer.toString(skip));
        String operation = "read " + entity.name();
        AcumaticaHttp.Answer answer = calls.call("GET", calls.entityUri(entity.resource(), query), null,
                CegidCalls.JSON, operation, true);
        if (answer.status() != 200) {
            throw CegidCalls.failure(answer, operation);
        }
        List<CanonicalRecord> records = new ArrayList<>();
        for (JsonNode node : Json.MAPPER.readTree(answer.text())) {
            records.add(RecordDecoder.decode(entity, node));
        }
        String next = records.size() == request.pageSize() ? Integer.toString(skip + records.size()) : null;
        return new Page(records, next, -1);
    }

    private static String filter(EntityMap entity, ReadRequest request) {
        List<String> parts = new ArrayList<>();
        if (request.filter() != null && !request.filter().isBlank()) {
            // parenthesised only when joined with the watermark, so the ERP's error positions match the user's text
            parts.add(request.modifiedSince() == null ? request.filter() : "(" + request.filter() + ")");
        }
        if (request.modifiedSince() != null) {
            if (entity.modified() == null) {
                throw new ConnectorException(AcumaticaHttp.SYSTEM, "read " + entity.name(), 0, false,
                        entity.name() + " has no modification date: it cannot be read incrementally");
            }
            parts.add(entity.modified() + " ge " + ODataLiterals.dateTimeOffset(request.modifiedSince()));
        }
        return String.join(" and ", parts);
    }

    Optional<String> findId(EntityMap entity, String matchField, String value) {
        FieldMap field = entity.field(matchField).orElseThrow(() -> new ConnectorException(AcumaticaHttp.SYSTEM,
                "find " + entity.name(), 0, false, "no field " + matchField + " in " + entity.name()));
        if (field.path().contains("[") || field.isList() || field.isKeyed()) {
            throw new ConnectorException(AcumaticaHttp.SYSTEM, "find " + entity.name(), 0, false,
                    "the API cannot filter on detail field " + matchField);
        }
        ReadRequest request = new ReadRequest(field.path() + " eq " + ODataLiterals.string(value), null, 1, null,
                entity.keys());
        return read(entity, request).records().stream().findFirst().map(CanonicalRecord::key);
    }

    /** Custom fields ({@code custom.<View>.<Field>}) and attributes ({@code attributes.<ID>}) of the live ERP. */
    List<FieldSchema> discover(EntityMap entity) {
        List<FieldSchema> fields = new ArrayList<>();
        customTypes(entity).forEach((path, type) -> fields.add(new FieldSchema("custom." + path, fieldType(type),
                false, "Custom field " + path + " (" + type + ")", null, true)));
        for (FieldMap field : entity.fields()) {
            if (field.isKeyed()) {
                fields.addAll(attributeFields.computeIfAbsent(field.name(), this::attributes));
            }
        }
        return fields;
    }

    /** Custom field types by {@code View.Field}, read once per session from {@code $adHocSchema}. */
    Map<String, String> customTypes(EntityMap entity) {
        if (!entity.customFields()) {
            return Map.of();
        }
        return customTypes.computeIfAbsent(entity.resource(), resource -> {
            String operation = "discover " + entity.name();
            AcumaticaHttp.Answer answer = calls.call("GET", calls.entityUri(resource + "/$adHocSchema", Map.of()),
                    null, CegidCalls.JSON, operation, true);
            if (answer.status() != 200) {
                throw CegidCalls.failure(answer, operation);
            }
            Map<String, String> types = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> view : Json.MAPPER.readTree(answer.text()).path("custom").properties()) {
                for (Map.Entry<String, JsonNode> field : view.getValue().properties()) {
                    types.put(view.getKey() + "." + field.getKey(), field.getValue().path("type").asString(
                            "CustomStringField"));
                }
            }
            return types;
        });
    }

    private List<FieldSchema> attributes(String fieldName) {
        String resource = calls.map().attributesResource();
        String operation = "discover attributes";
        AcumaticaHttp.Answer answer = calls.call("GET", calls.entityUri(resource,
                Map.of("$select", "AttributeID,Description,ControlType")), null, CegidCalls.JSON, operation, true);
        if (answer.status() != 200) {
            throw CegidCalls.failure(answer, operation);
        }
        List<FieldSchema> fields = new ArrayList<>();
        for (JsonNode attribute : Json.MAPPER.readTree(answer.text())) {
            String id = attribute.path("AttributeID").path("value").asString("");
            String label = attribute.path("Description").path("value").asString(id);
            String control = attribute.path("ControlType").path("value").asString("");
            fields.add(new FieldSchema(fieldName + "." + id, FieldType.STRING, false, label
                    + (control.startsWith("Multi") ? " (several values, comma-separated)" : ""), null, true));
        }
        return fields;
    }

    private static FieldType fieldType(String customType) {
        return switch (customType) {
            case "CustomDecimalField", "CustomDoubleField" -> FieldType.DECIMAL;
            case "CustomIntField", "CustomShortField", "CustomLongField", "CustomByteField" -> FieldType.INTEGER;
            case "CustomBooleanField" -> FieldType.BOOLEAN;
            case "CustomDateTimeField" -> FieldType.DATETIME;
            default -> FieldType.STRING;
        };
    }
}
