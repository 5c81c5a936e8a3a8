package fr.passerelle.connector.erp.ebp;

import fr.passerelle.connector.EntitySchema;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FieldType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The EBP entity map ({@code templates/erp/ebp.yaml}): resources, fields (dot paths in plain JSON), paging. */
record EbpMap(String displayName, String baseUrl, String loginServer, String scopes, String topParam,
        String skipParam, List<Entity> entities) {

    static final String RESOURCE = "templates/erp/ebp.yaml";

    /** One field; {@code path} uses dots through nested JSON objects. */
    record Field(String name, String path, FieldType type, boolean required, boolean confirmed, String description,
            List<Field> fields) {
    }

    /** One entity; {@code resource} may hold {@code {folderId}}. */
    record Entity(String name, String resource, boolean confirmed, String description, List<String> keys,
            @Nullable String modified, boolean writable, Set<String> features, List<Field> fields) {

        EntitySchema schema() {
            List<FieldSchema> schemas = new ArrayList<>();
            for (Field field : fields) {
                schemas.add(new FieldSchema(field.name(), field.type(), field.required(), field.description()
                        + (field.confirmed() ? "" : " (assumed)"), null, false));
                for (Field sub : field.fields()) {
                    schemas.add(new FieldSchema(field.name() + "[]." + sub.name(), sub.type(), sub.required(),
                            sub.description() + " (assumed)", null, false));
                }
            }
            return new EntitySchema(name, schemas, true, writable, false);
        }
    }

    Optional<Entity> entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    static EbpMap load() {
        try (InputStream in = EbpMap.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<?, ?> root = (Map<?, ?>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<?, ?> paging = (Map<?, ?>) root.get("paging");
            List<Entity> entities = new ArrayList<>();
            ((Map<?, ?>) root.get("entities")).forEach((name, value) -> entities.add(entity(String.valueOf(name),
                    (Map<?, ?>) value)));
            return new EbpMap(str(root, "displayName"), str(root, "baseUrl"), str(root, "loginServer"),
                    str(root, "scopes"), str(paging, "top"), str(paging, "skip"), entities);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entity entity(String name, Map<?, ?> map) {
        return new Entity(name, str(map, "resource"), "doc".equals(map.get("source")), str(map, "description"),
                strings(map.get("keys")), map.get("modified") == null ? null : String.valueOf(map.get("modified")),
                !Boolean.FALSE.equals(map.get("writable")), new LinkedHashSet<>(strings(map.get("features"))),
                fields(map.get("fields")));
    }

    private static List<Field> fields(@Nullable Object list) {
        List<Field> fields = new ArrayList<>();
        if (list instanceof List<?> items) {
            for (Object item : items) {
                Map<?, ?> f = (Map<?, ?>) item;
                fields.add(new Field(str(f, "name"), str(f, "path"), FieldType.valueOf(str(f, "type").toUpperCase(
                        Locale.ROOT)), Boolean.TRUE.equals(f.get("required")), "doc".equals(f.get("source")),
                        str(f, "description"), fields(f.get("fields"))));
            }
        }
        return fields;
    }

    private static List<String> strings(@Nullable Object value) {
        return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    private static String str(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException(RESOURCE + ": " + key + " is missing");
        }
        return String.valueOf(value);
    }
}
