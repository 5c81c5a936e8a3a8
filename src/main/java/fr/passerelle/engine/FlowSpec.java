package fr.passerelle.engine;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one run of a flow moves: from which source entity to which target entity, and how an
 * existing target record is recognised when no id link exists yet (the binding rule).
 *
 * @param flow the flow id ({@code products}, {@code stock} ...)
 * @param sourceEntity e.g. {@code erp.item}
 * @param targetEntity e.g. {@code woocommerce.product}
 * @param sourceFilter the mapping's {@code erpFilter}, pushed to the source, or null
 * @param matchField the target field that identifies a record when adopting one
 *     ({@code sku} for products, {@code email} for customers), or null to never adopt
 * @param pageSize records per source page
 * @param ownerEntity for flows that update records another flow creates (stock and prices
 *     update products): the entity whose id links give the target id; such a flow never creates
 *     a record, it skips one whose owner is not in the shop yet. Null when the flow owns its records.
 * @param matchRule what a match found by {@code matchField} leads to: adoption, or a skip to review
 * @param ownerReversed the owner's links point the other way (shop record -> ERP document, made by
 *     a shop -> ERP flow such as orders): the target id is the key of the link whose target is the
 *     source record's key (order-status, PST-1..4)
 */
public record FlowSpec(String flow, String sourceEntity, String targetEntity, @Nullable String sourceFilter,
        @Nullable String matchField, int pageSize, @Nullable String ownerEntity, MatchRule matchRule,
        boolean ownerReversed) {

    public FlowSpec(String flow, String sourceEntity, String targetEntity, @Nullable String sourceFilter,
            @Nullable String matchField, int pageSize, @Nullable String ownerEntity, MatchRule matchRule) {
        this(flow, sourceEntity, targetEntity, sourceFilter, matchField, pageSize, ownerEntity, matchRule, false);
    }

    public FlowSpec(String flow, String sourceEntity, String targetEntity, @Nullable String sourceFilter,
            @Nullable String matchField, int pageSize, @Nullable String ownerEntity) {
        this(flow, sourceEntity, targetEntity, sourceFilter, matchField, pageSize, ownerEntity, MatchRule.ADOPT);
    }

    public FlowSpec(String flow, String sourceEntity, String targetEntity, @Nullable String sourceFilter,
            @Nullable String matchField, int pageSize) {
        this(flow, sourceEntity, targetEntity, sourceFilter, matchField, pageSize, null);
    }

    public FlowSpec {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(sourceEntity, "sourceEntity");
        Objects.requireNonNull(targetEntity, "targetEntity");
        Objects.requireNonNull(matchRule, "matchRule");
        if (pageSize <= 0) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
    }
}
