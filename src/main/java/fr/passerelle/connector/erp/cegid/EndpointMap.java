package fr.passerelle.connector.erp.cegid;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole declarative map of one tenant: endpoint name and version, the report endpoint,
 * and every entity with its field paths. Loaded from YAML by {@link EndpointMapLoader}.
 */
record EndpointMap(String system, String displayName, String endpoint, String version, String reportEndpoint,
        String reportVersion, int pageSize, String attributesResource, Map<String, FileMap> files,
        List<EntityMap> entities) {

    /**
     * How a file of a record is produced: a report entity of a custom endpoint run with parameters taken from the key.
     *
     * @param parameters report parameter -> canonical key field
     * @param filename name pattern; {field} is replaced by the key field's value
     */
    record FileMap(String report, Map<String, String> parameters, String filename, boolean confirmed) {

        FileMap {
            parameters = Map.copyOf(parameters);
        }
    }

    EndpointMap {
        files = Map.copyOf(files);
        entities = List.copyOf(entities);
    }

    Optional<EntityMap> entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The same map on another endpoint or version (a connection option overrides the file). */
    EndpointMap on(String newEndpoint, String newVersion) {
        return new EndpointMap(system, displayName, newEndpoint, newVersion, reportEndpoint, reportVersion, pageSize,
                attributesResource, files, entities);
    }
}
