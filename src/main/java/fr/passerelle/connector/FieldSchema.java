package fr.passerelle.connector;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field of an entity, as a connector publishes it. The studio builds its field pickers
 * from these, and the mapping compiler checks source fields and target paths against them.
 *
 * @param name the field's name; nested fields use dots ({@code billing.city}), list entries
 *     keyed by a field use the mapping language's selector ({@code meta_data[key=_yoast_wpseo_title].value})
 * @param type its value type
 * @param required whether a write without it is refused by the system
 * @param description what it holds, for the studio
 * @param plugin the shop plug-in the field needs (e.g. "Yoast SEO"), or null when the core API has it
 * @param custom true for custom fields discovered at run time (ERP attributes, {@code Usr*} fields)
 */
public record FieldSchema(String name, FieldType type, boolean required, String description,
        @Nullable String plugin, boolean custom) {

    public FieldSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
    }

    public static FieldSchema of(String name, FieldType type, String description) {
        return new FieldSchema(name, type, false, description, null, false);
    }

    public static FieldSchema required(String name, FieldType type, String description) {
        return new FieldSchema(name, type, true, description, null, false);
    }

    /**
     * The fields of one item of a LIST field, named {@code list[].field} (nested lists
     * {@code list[].sub[].field}), the convention of the ERP entity maps: the compiler and the studio
     * then know what an {@code each} block may read or write inside each item.
     *
     * @param namesTypesDescriptions name, {@link FieldType}, description, repeated
     */
    public static java.util.List<FieldSchema> listItems(String list, Object... namesTypesDescriptions) {
        java.util.List<FieldSchema> fields = new java.util.ArrayList<>();
        for (int i = 0; i < namesTypesDescriptions.length; i += 3) {
            fields.add(of(list + "[]." + namesTypesDescriptions[i], (FieldType) namesTypesDescriptions[i + 1],
                    (String) namesTypesDescriptions[i + 2]));
        }
        return fields;
    }

    public FieldSchema withPlugin(String pluginName) {
        return new FieldSchema(name, type, required, description, pluginName, custom);
    }
}
