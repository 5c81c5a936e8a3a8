package fr.passerelle.sandbox.erp;

import fr.passerelle.sandbox.SandboxResponse;
import fr.passerelle.sandbox.erp.odata.FilterEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * PUT = upsert: the record is found by {@code id}, by its key fields or by {@code $filter};
 * without a match a new one is created. {@code If-None-Match: *} makes it insert-only and
 * {@code If-Match: *} update-only (412 otherwise). The entity's rules run on a copy: on any field
 * error nothing is saved and the annotated copy is answered 422.
 */
final class UpsertHandler {

    private final EntityStore store;
    private final Map<String, EntityRules> rules;
    private final SandboxClock clock;

    UpsertHandler(EntityStore store, Map<String, EntityRules> rules, SandboxClock clock) {
        this.store = store;
        this.rules = rules;
        this.clock = clock;
    }

    SandboxResponse put(String entity, ObjectNode body, QueryOptions options, boolean insertOnly, boolean updateOnly) {
        return store.atomically(s -> s.with(entity, table -> {
            Optional<ObjectNode> existing = find(table, body, options);
            if (existing.isPresent() && insertOnly) {
                return ErpErrors.pxException(412, "The record already exists.");
            }
            if (existing.isEmpty() && updateOnly) {
                return ErpErrors.pxException(412, "The record does not exist.");
            }
            boolean inserting = existing.isEmpty();
            ObjectNode working = existing.map(ObjectNode::deepCopy).orElseGet(Wire::object);
            RecordMerger.merge(working, body);
            FieldErrorMarker errors = new FieldErrorMarker();
            EntityRules entityRules = rules.getOrDefault(entity, EntityRules.plain(entity));
            entityRules.apply(working, inserting, store, errors);
            if (errors.any()) {
                return ErpErrors.unprocessable(working, entityRules.label(), inserting);
            }
            // SalesOrder carries LastModified, not LastModifiedDateTime, on the Default endpoint
            // (api-cegid-xrp-flex.md section 4): the sandbox answers the same so that a
            // modified-since read written for the wrong field fails here as it does on a tenant.
            Wire.set(working, entity.equals("SalesOrder") ? "LastModified" : "LastModifiedDateTime", clock.now());
            ObjectNode saved;
            if (inserting) {
                if (table.keyOf(working) != null && table.byKeys(List.of(table.keyOf(working).split("/"))).isPresent()) {
                    return ErpErrors.pxException(412, "The record already exists.");
                }
                saved = table.insert(working);
            } else {
                saved = existing.get();
                saved.removeAll();
                saved.setAll(working);
                table.reindex(saved);
            }
            return SandboxResponse.json(200, new RecordShaper(options).shape(saved).toString());
        }));
    }

    private static Optional<ObjectNode> find(EntityTable table, ObjectNode body, QueryOptions options) {
        if (body.hasNonNull("id")) {
            return table.byId(body.get("id").asString());
        }
        List<String> keys = new ArrayList<>();
        for (String key : table.keys()) {
            String value = Wire.text(body, key);
            if (value == null) {
                keys = null;
                break;
            }
            keys.add(value);
        }
        if (keys != null && !keys.isEmpty()) {
            return table.byKeys(keys);
        }
        if (options.filter() != null) {
            for (ObjectNode row : table.rows()) {
                if (FilterEvaluator.matches(options.filter(), QueryHandler.resolver(row))) {
                    return Optional.of(row);
                }
            }
        }
        return Optional.empty();
    }
}
