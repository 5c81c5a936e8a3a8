package fr.passerelle.sandbox.erp;

import tools.jackson.databind.node.ObjectNode;

/** Business logic of one entity's form, run on each PUT before the record is saved. */
interface EntityRules {

    /** A label for error messages ({@code Sales Order}). */
    String label();

    /**
     * Checks and completes the merged record (numbers, defaults, totals). Errors go through the
     * marker; when it has any, nothing is saved and the annotated record is answered 422.
     */
    void apply(ObjectNode record, boolean inserting, EntityStore store, FieldErrorMarker errors);

    /** Plain entities: nothing beyond storing what was sent. */
    static EntityRules plain(String label) {
        return new EntityRules() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void apply(ObjectNode record, boolean inserting, EntityStore store, FieldErrorMarker errors) {
            }
        };
    }
}
