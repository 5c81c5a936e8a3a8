package fr.passerelle.connector;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a connector is and can do, published without opening any connection.
 *
 * @param id stable lower-case id stored in profiles and templates ({@code woocommerce}, {@code cegid-xrp-flex})
 * @param displayName name shown in the studio
 * @param kind ERP or shop
 * @param flows the flow ids it takes part in ({@code products}, {@code stock}, {@code orders} ...)
 * @param features the feature ids of docs/features.md it supports (ART-3, STK-1 ...); the studio
 *     greys out the others
 * @param schemas every entity it reads or writes
 * @param settings the connection settings it needs (url, key, secret ...), for the profile form
 * @param unsupported features of its flows that the system itself cannot carry, with the reason the
 *     studio shows when it greys them out (PST-4 on a shop whose orders hold no file)
 */
public record ConnectorDescriptor(String id, String displayName, ConnectorKind kind, Set<String> flows,
        Set<String> features, List<EntitySchema> schemas, List<FieldSchema> settings, Map<String, String> unsupported) {

    public ConnectorDescriptor {
        flows = Set.copyOf(flows);
        features = Set.copyOf(features);
        schemas = List.copyOf(schemas);
        settings = List.copyOf(settings);
        unsupported = Map.copyOf(unsupported);
        for (String feature : unsupported.keySet()) {
            if (features.contains(feature)) {
                throw new IllegalArgumentException(id + " claims " + feature + " and says it cannot carry it");
            }
        }
    }

    public ConnectorDescriptor(String id, String displayName, ConnectorKind kind, Set<String> flows,
            Set<String> features, List<EntitySchema> schemas, List<FieldSchema> settings) {
        this(id, displayName, kind, flows, features, schemas, settings, Map.of());
    }

    /** Why the system cannot carry this feature, when it says so. */
    public Optional<String> whyUnsupported(String featureId) {
        return Optional.ofNullable(unsupported.get(featureId));
    }

    public Optional<EntitySchema> schema(String entityName) {
        return schemas.stream().filter(s -> s.name().equals(entityName)).findFirst();
    }

    public boolean supports(String featureId) {
        return features.contains(featureId);
    }
}
