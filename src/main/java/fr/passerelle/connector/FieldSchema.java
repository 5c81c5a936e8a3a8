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

    public FieldSchema withPlugin(String pluginName) {
        return new FieldSchema(name, type, required, description, pluginName, custom);
    }
}
