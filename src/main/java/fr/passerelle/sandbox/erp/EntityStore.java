package fr.passerelle.sandbox.erp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every record of the sandbox ERP, kept in wire shape. One lock guards the whole store: the
 * sandbox serves a handful of clients, and documents touch several entities at once (an order,
 * its shipment, the customer's balance).
 */
public final class EntityStore {

    private final Map<String, EntityTable> tables = new LinkedHashMap<>();

    /** Declares an entity and its key fields, in the order of the Acumatica form. */
    public synchronized void define(String entity, String... keys) {
        tables.put(entity, new EntityTable(entity, List.of(keys)));
    }

    public synchronized boolean defines(String entity) {
        return tables.containsKey(entity);
    }

    public synchronized ObjectNode insert(String entity, ObjectNode record) {
        return table(entity).insert(record);
    }

    public synchronized int count(String entity) {
        return table(entity).rows().size();
    }

    /** Runs {@code work} on one table under the store's lock. */
    synchronized <T> T with(String entity, Function<EntityTable, T> work) {
        return work.apply(table(entity));
    }

    /** Runs {@code work} on the whole store under its lock (documents touching several entities). */
    public synchronized <T> T atomically(Function<EntityStore, T> work) {
        return work.apply(this);
    }

    /** A copy of the record with these keys, if any. */
    public synchronized Optional<ObjectNode> find(String entity, String... keyValues) {
        return table(entity).byKeys(List.of(keyValues)).map(ObjectNode::deepCopy);
    }

    /** The live record (callers must hold the store's lock, through {@link #atomically}). */
    Optional<ObjectNode> live(String entity, String... keyValues) {
        return table(entity).byKeys(List.of(keyValues));
    }

    List<ObjectNode> liveRows(String entity) {
        return table(entity).rows();
    }

    EntityTable table(String entity) {
        EntityTable table = tables.get(entity);
        if (table == null) {
            throw new IllegalArgumentException("unknown entity " + entity);
        }
        return table;
    }
}
