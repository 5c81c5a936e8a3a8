package fr.passerelle.sandbox.erp;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Collects field errors on a record under validation, written into the wrappers as the API does. */
final class FieldErrorMarker {

    private boolean any;

    /** Marks {@code field} of {@code owner} (the record, a linked object or a detail line). */
    void mark(ObjectNode owner, String field, String message) {
        JsonNode existing = owner.get(field);
        ObjectNode wrapper = existing instanceof ObjectNode o ? o : owner.putObject(field);
        wrapper.put("error", field + ": " + message);
        any = true;
    }

    boolean any() {
        return any;
    }
}
