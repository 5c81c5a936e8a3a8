package fr.passerelle.connector.erp.cegid;

import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FieldType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One canonical field and where it lives in the Acumatica record.
 *
 * @param name canonical name; dots make nested objects ({@code main.address.city})
 * @param path Acumatica path: '/' crosses linked entities, {@code Name[Key=Value]} picks a detail line
 * @param type value type
 * @param required a write without it is refused by the ERP
 * @param readOnly never written (computed by the ERP)
 * @param raw the JSON value is bare, not a {@code {"value": ...}} wrapper (system fields, file links)
 * @param keyedBy for a detail read as a map: the line field giving the key
 * @param valueOf for a detail read as a map: the line field giving the value
 * @param fields sub-fields of each line of a detail list
 * @param confirmed true when the API documentation confirms the path, false when it is assumed
 * @param description for the studio
 */
record FieldMap(String name, String path, FieldType type, boolean required, boolean readOnly, boolean raw,
        @Nullable String keyedBy, @Nullable String valueOf, List<FieldMap> fields, boolean confirmed,
        String description) {

    FieldMap {
        fields = List.copyOf(fields);
    }

    boolean isList() {
        return type == FieldType.LIST && keyedBy == null;
    }

    boolean isKeyed() {
        return keyedBy != null && valueOf != null;
    }

    List<String> segments() {
        return List.of(path.split("/"));
    }

    FieldSchema schema() {
        String text = description + (confirmed ? "" : " (assumed path " + path + ")");
        return new FieldSchema(name, type, required, text, null, false);
    }
}
