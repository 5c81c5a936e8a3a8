package fr.passerelle.flow;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One flow of the catalogue: a stable id (stored in profiles and templates), its direction,
 * the flows that must run before it, how an existing target record is recognised, and the
 * features of docs/features.md it carries.
 *
 * @param sourceEntity the source entity without its system prefix ({@code item})
 * @param targetEntity the target entity without its system prefix ({@code product})
 * @param ownerFlow for flows that update records another flow creates (stock, prices): that
 *     flow's id; null when the flow creates its own records
 * @param matchField the target field that adopts an existing record (SKU, e-mail), or null
 */
public record FlowDefinition(String id, Direction direction, String sourceEntity, String targetEntity,
        List<String> dependsOn, @Nullable String ownerFlow, @Nullable String matchField, List<String> features) {

    public FlowDefinition {
        dependsOn = List.copyOf(dependsOn);
        features = List.copyOf(features);
    }
}
