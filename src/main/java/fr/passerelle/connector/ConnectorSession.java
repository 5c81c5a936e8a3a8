package fr.passerelle.connector;

import java.util.List;
import java.util.Optional;

/**
 * An open connection to one system for the length of a run (a login session for the ERP, a
 * rate budget for a shop). Entities are named as in the connector's schemas. Implementations
 * retry throttling and server errors with backoff themselves and throw
 * {@link ConnectorException} only once retrying is pointless. {@link #close()} logs out.
 */
public interface ConnectorSession extends AutoCloseable {

    /** Reads one page; pass the returned cursor to read the next one. */
    Page read(String entity, ReadRequest request);

    /**
     * Writes a batch (created when {@link WriteRequest#targetId()} is null, else updated), in as
     * few calls as the API allows. Returns one result per request, in order; a record the system
     * refuses is a FAILED result, not an exception.
     */
    List<WriteResult> write(String entity, List<WriteRequest> batch);

    /**
     * Finds the id of an existing record by a matching field (product by SKU, customer by e-mail),
     * so a record is adopted rather than duplicated when the local id link is missing.
     */
    Optional<String> findId(String entity, String matchField, String value);

    /**
     * {@link #findId} for many values at once (the engine asks once per page for the records it
     * has no id link for): the values found, with their ids. Connectors whose API can look up
     * several values in one call override it; the default asks one by one.
     */
    default java.util.Map<String, String> findIds(String entity, String matchField,
            java.util.Collection<String> values) {
        java.util.Map<String, String> found = new java.util.HashMap<>();
        for (String value : new java.util.LinkedHashSet<>(values)) {
            findId(entity, matchField, value).ifPresent(id -> found.put(value, id));
        }
        return found;
    }

    /**
     * The records with these keys (the order a webhook named), within the mapping's native
     * {@code filter}, in one page, for a system that can read by key cheaply; empty when it cannot,
     * and the caller pages through the entity instead.
     */
    default Optional<Page> readKeys(String entity, java.util.Collection<String> keys, @org.jspecify.annotations.Nullable String filter) {
        return Optional.empty();
    }

    /** Custom fields of the entity discovered from the live system (ERP attributes, meta keys). */
    default List<FieldSchema> discoverFields(String entity) {
        return List.of();
    }

    @Override
    void close();
}
