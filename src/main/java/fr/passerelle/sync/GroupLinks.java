package fr.passerelle.sync;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.engine.IdLink;
import fr.passerelle.engine.RecordEnricher;
import fr.passerelle.engine.RunPorts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * GRP-1 / CUS-9: the shop id of each customer's group. The customer-groups flow created one shop
 * group per ERP price class and keeps its id link; the customers flow reads those links once per
 * page and hands the mapping the group of each customer's price class as {@value #FIELD} (null
 * while that class has no group in the shop), so a template puts the customer in it.
 */
final class GroupLinks implements RecordEnricher {

    static final String FIELD = "priceClassShopId";
    /** The customer field naming its price class (the Cegid XRP Flex entity map's name). */
    static final String CLASS = "priceClass";

    private final RunPorts.IdLinks links;
    private final String groupEntity;

    GroupLinks(RunPorts.IdLinks links, String groupEntity) {
        this.links = links;
        this.groupEntity = groupEntity;
    }

    @Override
    public CanonicalRecord enrich(CanonicalRecord record) {
        return enrichPage(List.of(record)).getFirst();
    }

    @Override
    public List<CanonicalRecord> enrichPage(List<CanonicalRecord> records) {
        List<String> classes = records.stream().map(r -> r.get(CLASS)).filter(Objects::nonNull).map(c -> c.toString().trim())
                .distinct().toList();
        Map<String, IdLink> found = classes.isEmpty() ? Map.of() : links.find(groupEntity, classes);
        List<CanonicalRecord> enriched = new ArrayList<>(records.size());
        for (CanonicalRecord record : records) {
            Object priceClass = record.get(CLASS);
            IdLink link = priceClass == null ? null : found.get(priceClass.toString().trim());
            Map<String, @Nullable Object> fields = new LinkedHashMap<>(record.fields());
            fields.put(FIELD, link == null ? null : link.targetId());
            enriched.add(new CanonicalRecord(record.entity(), record.key(), fields, record.modifiedAt()));
        }
        return enriched;
    }
}
