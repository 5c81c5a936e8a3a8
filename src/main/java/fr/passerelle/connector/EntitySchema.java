package fr.passerelle.connector;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one entity of a system looks like: its qualified name ({@code erp.item},
 * {@code woocommerce.product}), its fields, and whether the connector reads it, writes it, or both.
 *
 * @param name qualified entity name, {@code <system>.<entity>}; ERP entities use the prefix {@code erp}
 * @param fields the fields, in display order
 * @param readable the connector can read records of this entity
 * @param writable the connector can write records of this entity
 * @param openFields true when records may carry fields beyond the list (custom fields discovered
 *     at run time): the compiler then does not reject an unknown source field, it only warns
 */
public record EntitySchema(String name, List<FieldSchema> fields, boolean readable, boolean writable,
        boolean openFields) {

    public EntitySchema {
        fields = List.copyOf(fields);
    }

    public Optional<FieldSchema> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** The system part of the name ({@code woocommerce} in {@code woocommerce.product}). */
    public String system() {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** This schema with more fields (custom fields found at run time), keeping the first of each name. */
    public EntitySchema withFields(List<FieldSchema> extra) {
        Map<String, FieldSchema> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        extra.forEach(f -> byName.putIfAbsent(f.name(), f));
        return new EntitySchema(name, List.copyOf(byName.values()), readable, writable, openFields);
    }
}
