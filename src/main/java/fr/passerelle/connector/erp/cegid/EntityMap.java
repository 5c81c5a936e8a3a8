package fr.passerelle.connector.erp.cegid;

import fr.passerelle.connector.EntitySchema;
import fr.passerelle.connector.FieldSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One canonical entity ({@code erp.customer}) and the Acumatica entity behind it.
 *
 * @param name canonical entity name
 * @param resource Acumatica top-level entity ({@code Customer})
 * @param keys canonical fields forming the key, in the order of the Acumatica form
 * @param modified Acumatica path of the last-modified time, or null when the entity has none
 * @param readable reads allowed
 * @param writable writes allowed
 * @param customFields custom fields are discovered ({@code $adHocSchema}) and read ({@code $custom})
 * @param insertOnly creates send {@code If-None-Match: *} (keys chosen by the caller)
 * @param dedupeBy canonical fields that identify an existing record before a create (an order is imported once)
 * @param afterWrite actions run after a successful write (ReleasePayment ...), unless the record is on hold
 * @param features feature ids of docs/features.md served by this entity
 */
record EntityMap(String name, String resource, String description, List<String> keys, @Nullable String modified,
        boolean readable, boolean writable, boolean customFields, boolean insertOnly, List<String> dedupeBy,
        List<String> afterWrite, Set<String> features, List<FieldMap> fields) {

    EntityMap {
        keys = List.copyOf(keys);
        dedupeBy = List.copyOf(dedupeBy);
        afterWrite = List.copyOf(afterWrite);
        features = Set.copyOf(features);
        fields = List.copyOf(fields);
    }

    Optional<FieldMap> field(String canonicalName) {
        return fields.stream().filter(f -> f.name().equals(canonicalName)).findFirst();
    }

    List<FieldMap> keyFields() {
        return keys.stream().map(k -> field(k).orElseThrow(() -> new IllegalStateException(
                name + ": key field " + k + " is not mapped"))).toList();
    }

    EntitySchema schema() {
        List<FieldSchema> schemas = new ArrayList<>();
        for (FieldMap field : fields) {
            schemas.add(field.schema());
            for (FieldMap sub : field.fields()) {
                FieldSchema s = sub.schema();
                schemas.add(new FieldSchema(field.name() + "[]." + s.name(), s.type(), s.required(), s.description(),
                        null, false));
            }
        }
        return new EntitySchema(name, schemas, readable, writable, customFields || fields.stream().anyMatch(
                FieldMap::isKeyed));
    }
}
