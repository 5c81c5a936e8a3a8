package fr.passerelle.connector.erp.cegid;

import fr.passerelle.connector.FieldType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the entity map ({@code templates/erp/cegid-xrp-flex.yaml} on the classpath, or a
 * tenant's copy on disk) and checks it, reporting every problem at once.
 */
final class EndpointMapLoader {

    static final String DEFAULT_RESOURCE = "templates/erp/cegid-xrp-flex.yaml";

    private final List<String> problems = new ArrayList<>();

    private EndpointMapLoader() {
    }

    static EndpointMap defaults() {
        try (InputStream in = EndpointMapLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return parse(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EndpointMap fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the entity map " + file + ": " + e.getMessage(), e);
        }
    }

    static EndpointMap parse(InputStream in, String origin) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(origin + ": not a YAML mapping");
        }
        EndpointMapLoader loader = new EndpointMapLoader();
        EndpointMap result = loader.endpoint(map);
        if (!loader.problems.isEmpty()) {
            throw new IllegalArgumentException(origin + " has errors: " + String.join("; ", loader.problems));
        }
        return result;
    }

    private EndpointMap endpoint(Map<?, ?> root) {
        List<EntityMap> entities = new ArrayList<>();
        mapOf(root.get("entities")).forEach((name, value) -> entities.add(entity(String.valueOf(name), mapOf(value))));
        Map<String, EndpointMap.FileMap> files = new LinkedHashMap<>();
        mapOf(root.get("files")).forEach((name, value) -> {
            Map<?, ?> file = mapOf(value);
            Map<String, String> parameters = new LinkedHashMap<>();
            mapOf(file.get("parameters")).forEach((k, v) -> parameters.put(String.valueOf(k), String.valueOf(v)));
            files.put(String.valueOf(name), new EndpointMap.FileMap(text(file, "report", name + ".report"), parameters,
                    text(file, "filename", name + ".filename"), "doc".equals(file.get("source"))));
        });
        return new EndpointMap(text(root, "system", "system"), text(root, "displayName", "displayName"),
                text(root, "endpoint", "endpoint"), text(root, "version", "version"),
                text(root, "reportEndpoint", "reportEndpoint"), text(root, "reportVersion", "reportVersion"),
                root.get("pageSize") instanceof Number n ? n.intValue() : 500,
                text(root, "attributesResource", "attributesResource"), files, entities);
    }

    private EntityMap entity(String name, Map<?, ?> map) {
        List<FieldMap> fields = new ArrayList<>();
        for (Object field : listOf(map.get("fields"))) {
            fields.add(field(name, mapOf(field)));
        }
        List<String> keys = strings(map.get("keys"));
        for (String key : keys) {
            if (fields.stream().noneMatch(f -> f.name().equals(key))) {
                problems.add(name + ": key " + key + " is not a field");
            }
        }
        return new EntityMap(name, text(map, "resource", name + ".resource"), String.valueOf(map.get("description")),
                keys, map.get("modified") == null ? null : String.valueOf(map.get("modified")),
                !Boolean.FALSE.equals(map.get("readable")), !Boolean.FALSE.equals(map.get("writable")),
                Boolean.TRUE.equals(map.get("customFields")), Boolean.TRUE.equals(map.get("insertOnly")),
                strings(map.get("dedupeBy")), strings(map.get("afterWrite")),
                new LinkedHashSet<>(strings(map.get("features"))), fields);
    }

    private FieldMap field(String entity, Map<?, ?> map) {
        String name = text(map, "name", entity + " field name");
        FieldType type;
        try {
            type = FieldType.valueOf(String.valueOf(map.get("type")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(entity + "." + name + ": unknown type " + map.get("type"));
            type = FieldType.ANY;
        }
        List<FieldMap> subFields = new ArrayList<>();
        for (Object sub : listOf(map.get("fields"))) {
            subFields.add(field(entity + "." + name, mapOf(sub)));
        }
        if (type == FieldType.LIST && subFields.isEmpty()) {
            problems.add(entity + "." + name + ": a LIST needs fields");
        }
        Object source = map.get("source");
        if (!"doc".equals(source) && !"assumed".equals(source)) {
            problems.add(entity + "." + name + ": source must be doc or assumed");
        }
        return new FieldMap(name, text(map, "path", entity + "." + name + ".path"), type,
                Boolean.TRUE.equals(map.get("required")), Boolean.TRUE.equals(map.get("readOnly")),
                Boolean.TRUE.equals(map.get("raw")), optional(map, "keyedBy"), optional(map, "valueOf"), subFields,
                "doc".equals(source), map.get("description") == null ? "" : String.valueOf(map.get("description")));
    }

    private String text(Map<?, ?> map, String key, String what) {
        Object value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            problems.add(what + " is missing");
            return "";
        }
        return String.valueOf(value);
    }

    private static @Nullable String optional(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? null : String.valueOf(value);
    }

    private static Map<?, ?> mapOf(@Nullable Object value) {
        return value instanceof Map<?, ?> m ? m : Map.of();
    }

    private static List<?> listOf(@Nullable Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static List<String> strings(@Nullable Object value) {
        return listOf(value).stream().map(String::valueOf).toList();
    }
}
